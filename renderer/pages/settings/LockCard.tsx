import { App, Button, Card, Form, Input, InputNumber, Space } from 'antd';
import type { CallInput } from '../../../api/contract';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

type LockValues = CallInput<'lock.set'> & { confirm: string };

/** 启动密码: optional; locks at start and after the idle time. */
export function LockCard() {
  const { message } = App.useApp();
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
    () => {
      message.success('启动密码已设置');
      form.resetFields();
    },
  );
  // Only the current password is asked for: the new-password fields may be left empty.
  const { submit: disable } = useSubmit(
    form,
    ({ current }) => disablePassword.call({ current: current ?? '' }),
    () => {
      message.success('已取消启动密码');
      form.resetFields();
    },
    { fields: ['current'] },
  );

  return (
    <Card title="启动密码" style={{ marginBottom: 16 }}>
      <p style={{ color: '#888' }}>
        {enabled ? `已启用：启动时和闲置 ${status.data?.idleMinutes} 分钟后需要输入密码。` : '未启用。设置后，打开程序和闲置一段时间后需要输入密码，防止他人查看党员信息。'}
      </p>
      <Form form={form} layout="inline" initialValues={{ idleMinutes: status.data?.idleMinutes ?? 15 }}>
        {enabled && <Form.Item name="current" label="当前密码"><Input.Password style={{ width: 140 }} /></Form.Item>}
        <Form.Item name="password" label="新密码" rules={[{ required: true, message: '请输入新密码' }, { min: 6, message: '至少6位' }]}><Input.Password style={{ width: 140 }} /></Form.Item>
        <Form.Item name="confirm" label="再输一次" rules={[{ required: true, message: '请再输一次' }]}><Input.Password style={{ width: 140 }} /></Form.Item>
        <Form.Item name="idleMinutes" label="闲置锁定（分钟）"><InputNumber min={1} max={240} /></Form.Item>
        <Space>
          <Button type="primary" loading={busy} onClick={save} data-testid="lock-save">{enabled ? '修改密码' : '设置密码'}</Button>
          {enabled && <Button danger onClick={disable}>取消密码</Button>}
        </Space>
      </Form>
    </Card>
  );
}
