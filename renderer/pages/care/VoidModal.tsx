import { Alert, App, Button, Form, Input, Modal } from 'antd';
import type { Result } from '../../../api/result';
import { useSubmit } from '../../components/useSubmit';

interface Props {
  /** What is voided, for the title: 「张三 2026-01-05 的慰问记录」. Null: closed. */
  what: string | null;
  /** Sends the void with the reason typed. */
  onVoid: (reason: string) => Promise<Result<unknown>>;
  onClose: () => void;
}

/** 作废: a wrong record stays in the ledger, marked void with the reason, and counts no more. */
export function VoidModal({ what, onVoid, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const { submit, busy } = useSubmit(
    form,
    (v) => onVoid(v.reason.trim()),
    () => {
      message.success('已作废，原记录保留在台账中');
      onClose();
    },
  );
  return (
    <Modal
      open={what !== null}
      title={`作废${what ?? ''}`}
      okText="作废"
      okButtonProps={{ danger: true, 'data-testid': 'care-void-ok' } as React.ComponentProps<typeof Button>}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert style={{ marginBottom: 12 }} type="info" showIcon title="记录不删除：作废后仍保留在台账中并注明原因，不再计入名单和统计。记错时作废后重新登记。" />
      <Form form={form} layout="vertical" data-testid="care-void-form">
        <Form.Item label="作废原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写作废原因' }]}>
          <Input.TextArea aria-label="作废原因" rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
