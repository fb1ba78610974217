import { Button, Card, Form, Input } from 'antd';
import type { CallInput } from '../../api/contract';
import { useLedgerMutation } from '../useLedgerMutation';
import { useSubmit } from './useSubmit';

/** Covers the whole window while the app is locked; the host refuses every call until unlock. */
export function LockScreen({ operator, onUnlocked }: { operator: string | null; onUnlocked: () => void }) {
  const [form] = Form.useForm<CallInput<'lock.unlock'>>();
  // Unlocking touches every family: what failed while locked is asked again.
  const unlockApp = useLedgerMutation('lock.unlock');
  const { submit: unlock, busy } = useSubmit(form, (values) => unlockApp.call(values), onUnlocked, { fallbackField: 'password' });
  return (
    <div data-testid="lock-screen" style={{ position: 'fixed', inset: 0, background: '#f5f5f5', zIndex: 2000, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Card title="社区党务台账已锁定" style={{ width: 380 }}>
        <Form form={form} layout="vertical" initialValues={{ operator: operator ?? '' }} onFinish={unlock}>
          <Form.Item label="操作人" name="operator" rules={[{ required: true, message: '请填写操作人姓名' }]}><Input /></Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}><Input.Password autoFocus /></Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="unlock">解锁</Button>
        </Form>
      </Card>
    </div>
  );
}
