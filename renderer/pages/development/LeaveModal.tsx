import { App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import { DEV_LEAVE_REASONS } from '../../../api/development';
import type { DevPersonFile } from '../../../api/schemas/development';
import type { CallInput } from '../../../api/contract';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';

type Values = Omit<CallInput<'development.leave'>, 'id'>;

/** Nothing is deleted: a person who withdraws or is not admitted leaves with a dated reason. */
export function LeaveModal({ open, person, onClose }: { open: boolean; person: DevPersonFile['person']; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const leave = useLedgerMutation('development.leave');
  const { submit, busy } = useSubmit(
    form,
    (v) => leave.call({ id: person.id, on: v.on, reason: v.reason, note: v.note ?? null }),
    () => {
      message.success(`${person.name}已退出发展程序，档案保留备查`);
      onClose();
    },
  );
  return (
    <Modal
      open={open}
      title={`${person.name}退出发展程序`}
      okText="确定"
      okButtonProps={{ danger: true, 'data-testid': 'dev-leave-ok' } as React.ComponentProps<typeof Button>}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
    >
      <p style={{ color: '#888' }}>退出后此人从发展名册中移出（勾选“含已退出”仍可查看），已记录的环节和材料全部保留。</p>
      <Form form={form} layout="vertical">
        <Form.Item label="退出日期" name="on" rules={[{ required: true, message: '请填写退出日期' }]} {...dateItemProps}>
          <DatePicker aria-label="退出日期" />
        </Form.Item>
        <Form.Item label="退出原因" name="reason" rules={[{ required: true, message: '请选择退出原因' }]}>
          <Select aria-label="退出原因" options={DEV_LEAVE_REASONS.map((r) => ({ value: r, label: r }))} />
        </Form.Item>
        <Form.Item label="说明" name="note">
          <Input aria-label="说明" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
