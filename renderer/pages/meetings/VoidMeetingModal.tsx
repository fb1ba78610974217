import { App, Button, Form, Input, Modal } from 'antd';
import type { MeetingSummary } from '../../../api/schemas/meetings';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';

/** A wrong meeting record is voided with a reason: kept and listed as 作废, counted nowhere. */
export function VoidMeetingModal({ meeting, onClose }: { meeting: MeetingSummary | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const voidMeeting = useLedgerMutation('meetings.void');
  const { submit, busy } = useSubmit(
    form,
    (v) => voidMeeting.call({ id: meeting!.id, reason: v.reason }),
    () => {
      message.success('已作废：记录保留备查，不再计入开展情况、出勤、积分和报表');
      onClose();
    },
  );
  return (
    <Modal
      open={meeting !== null}
      title={meeting ? `作废会议记录（${meeting.orgName} ${meeting.heldOn}）` : ''}
      okText="作废"
      okButtonProps={{ danger: true, 'data-testid': 'meeting-void-ok' } as React.ComponentProps<typeof Button>}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
    >
      <p style={{ color: '#888' }}>会议记录不会被删除：作废后仍在列表中显示（标注“作废”及原因），但不计入开展情况、出勤率、积分和导出的记录本。</p>
      <Form form={form} layout="vertical">
        <Form.Item label="作废原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写作废原因' }]}>
          <Input.TextArea aria-label="作废原因" rows={2} data-testid="meeting-void-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
