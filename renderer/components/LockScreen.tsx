import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import type { CallInput } from '../../api/contract';
import { NEW_PASSWORD_NEEDED, PASSWORD_NEEDED, RECOVERY_CODE_NEEDED } from '../../api/vocab/messages';
import { useLedgerMutation } from '../useLedgerMutation';
import { useLedgerQuery } from '../useLedgerQuery';
import { RecoveryCodeModal } from './RecoveryCodeModal';
import { useSubmit } from './useSubmit';

type RecoverValues = CallInput<'lock.recover'> & { confirm: string };

/**
 * Covers the whole window while the app is locked; the host refuses every call until unlock.
 * With a password set the ledger is encrypted: the password (or the recovery code) is its key.
 */
export function LockScreen({ operator, onUnlocked }: { operator: string | null; onUnlocked: () => void }) {
  const [form] = Form.useForm<CallInput<'lock.unlock'>>();
  const [recoverForm] = Form.useForm<RecoverValues>();
  const [recovering, setRecovering] = useState(false);
  const [newCode, setNewCode] = useState<string | null>(null);
  const status = useLedgerQuery('lock.status', {});
  // Unlocking touches every family: what failed while locked is asked again.
  const unlockApp = useLedgerMutation('lock.unlock');
  const recoverApp = useLedgerMutation('lock.recover');
  const { submit: unlock, busy } = useSubmit(
    form,
    (values) => unlockApp.call(values),
    (value) => (value.recoveryCode ? setNewCode(value.recoveryCode) : onUnlocked()),
    { fallbackField: 'password' },
  );
  const { submit: recover, busy: recoverBusy } = useSubmit(
    recoverForm,
    ({ confirm, ...values }) =>
      values.password === confirm
        ? recoverApp.call(values)
        : Promise.resolve({ ok: false as const, error: { code: 'VALIDATION' as const, message: '两次输入的密码不一致', field: 'confirm' } }),
    (value) => setNewCode(value.recoveryCode ?? null),
    { fallbackField: 'code' },
  );
  const wait = status.data?.waitSeconds ?? 0;
  return (
    <div
      data-testid="lock-screen"
      style={{ position: 'fixed', inset: 0, background: '#f5f5f5', zIndex: 2000, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
    >
      <Card title="社区党务台账已锁定" style={{ width: 400 }}>
        {wait > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`密码连续输错多次，请 ${wait} 秒后再试`} />}
        {!recovering ? (
          <Form form={form} layout="vertical" initialValues={{ operator: operator ?? '' }} onFinish={unlock}>
            <Form.Item label="操作人" name="operator" rules={[{ required: true, message: '请填写操作人姓名' }]}>
              <Input />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: PASSWORD_NEEDED }]}>
              <Input.Password autoFocus />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="unlock">
              解锁
            </Button>
            <Button type="link" block onClick={() => setRecovering(true)} data-testid="forgot-password">
              忘记密码？用恢复码
            </Button>
          </Form>
        ) : (
          <Form form={recoverForm} layout="vertical" initialValues={{ operator: operator ?? '' }} onFinish={recover}>
            <Form.Item label="操作人" name="operator" rules={[{ required: true, message: '请填写操作人姓名' }]}>
              <Input />
            </Form.Item>
            <Form.Item
              label="恢复码"
              name="code"
              extra="设置密码时显示的24位恢复码，大小写和空格不限"
              rules={[{ required: true, message: RECOVERY_CODE_NEEDED }]}
            >
              <Input autoFocus />
            </Form.Item>
            <Form.Item
              label="新密码"
              name="password"
              rules={[
                { required: true, message: NEW_PASSWORD_NEEDED },
                { min: 6, message: '至少6位' },
              ]}
            >
              <Input.Password />
            </Form.Item>
            <Form.Item label="再输一次" name="confirm" rules={[{ required: true, message: '请再输一次' }]}>
              <Input.Password />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={recoverBusy} data-testid="recover">
              打开台账并设置新密码
            </Button>
            <Button type="link" block onClick={() => setRecovering(false)}>
              返回输入密码
            </Button>
          </Form>
        )}
      </Card>
      <RecoveryCodeModal
        code={newCode}
        onClose={() => {
          setNewCode(null);
          onUnlocked();
        }}
      />
    </div>
  );
}
