import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Space } from 'antd';
import type { CallInput } from '../../../api/contract';
import { NEW_PASSWORD_NEEDED } from '../../../api/vocab/messages';
import { RecoveryCodeModal } from '../../components/RecoveryCodeModal';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

type LockValues = CallInput<'lock.set'> & { confirm: string };

/** 启动密码: optional; locks at start and after the idle time, and encrypts the data files. */
export function LockCard() {
  const { message } = App.useApp();
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const status = useLedgerQuery('lock.status', {});
  const [form] = Form.useForm<LockValues>();
  const enabled = status.data?.enabled ?? false;
  const setPassword = useLedgerMutation('lock.set');
  const disablePassword = useLedgerMutation('lock.disable');
  const { submit: save, busy } = useSubmit(
    form,
    ({ confirm, ...values }) =>
      values.password === confirm
        ? setPassword.call({ ...values, current: values.current ?? null })
        : Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: '两次输入的密码不一致', field: 'confirm' } }),
    (value) => {
      message.success('启动密码已设置，数据文件已加密');
      form.resetFields();
      setRecoveryCode(value.recoveryCode ?? null);
    },
  );
  // Only the current password is asked for: the new-password fields may be left empty.
  const { submit: disable } = useSubmit(
    form,
    ({ current }) => disablePassword.call({ current: current ?? '' }),
    () => {
      message.success('已取消启动密码，数据文件不再加密');
      form.resetFields();
    },
    { fields: ['current'] },
  );

  return (
    <Card title="启动密码" style={{ marginBottom: 16 }}>
      {enabled ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="encryption-status"
          message={`已启用：启动时和闲置 ${status.data?.idleMinutes} 分钟后需要输入密码。数据文件和备份均已加密，复制走也无法读取。`}
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="encryption-status"
          message="未设置启动密码：数据文件和备份都没有加密，任何人复制数据文件夹或备份U盘，就能看到全部党员的姓名、身份证号和电话。建议设置启动密码。"
        />
      )}
      <p style={{ color: '#888' }}>设置或修改密码时会显示一个恢复码，忘记密码时凭它打开台账。修改密码后，旧备份仍用当时的密码或恢复码打开。</p>
      <Form form={form} layout="inline" initialValues={{ idleMinutes: status.data?.idleMinutes ?? 15 }}>
        {enabled && (
          <Form.Item name="current" label="当前密码">
            <Input.Password style={{ width: 140 }} />
          </Form.Item>
        )}
        <Form.Item
          name="password"
          label="新密码"
          rules={[
            { required: true, message: NEW_PASSWORD_NEEDED },
            { min: 6, message: '至少6位' },
          ]}
        >
          <Input.Password style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="confirm" label="再输一次" rules={[{ required: true, message: '请再输一次' }]}>
          <Input.Password style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="idleMinutes" label="闲置锁定（分钟）">
          <InputNumber min={1} max={240} />
        </Form.Item>
        <Space>
          <Button type="primary" loading={busy} onClick={save} data-testid="lock-save">
            {enabled ? '修改密码' : '设置密码'}
          </Button>
          {enabled && (
            <Button danger onClick={disable}>
              取消密码
            </Button>
          )}
        </Space>
      </Form>
      <RecoveryCodeModal code={recoveryCode} onClose={() => setRecoveryCode(null)} />
    </Card>
  );
}
