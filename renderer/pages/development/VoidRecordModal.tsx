import { App, Button, Form, Input, Modal } from 'antd';
import type { DevRecord } from '../../../api/schemas/development';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';

/** A wrong record is voided with a reason (kept, struck through), then recorded again. */
export function VoidRecordModal({ record, onClose }: { record: DevRecord | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const voidRecord = useLedgerMutation('development.voidRecord');
  const { submit, busy } = useSubmit(
    form,
    (v) => voidRecord.call({ id: record!.id, reason: v.reason }),
    () => {
      message.success('已作废，记录保留备查，请重新记录正确的日期');
      onClose();
    },
  );
  return (
    <Modal
      open={record !== null}
      title={record ? `作废“${record.stepName}”（${record.doneOn}）` : ''}
      okText="作废"
      okButtonProps={{ danger: true, 'data-testid': 'dev-void-ok' } as React.ComponentProps<typeof Button>}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item label="作废原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写作废原因' }]}>
          <Input.TextArea aria-label="作废原因" rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
