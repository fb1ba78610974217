import { useEffect } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { FlowContactMethod, FlowOutRow } from '../../../api/schemas/care';
import { FLOW_CONTACT_METHODS } from './vocab';
import { todayIso } from '../../../api/rules/dates';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';

interface Values {
  contactedOn: string;
  method: FlowContactMethod;
  note: string | null;
}

/** 记录联系: one line of a 流出 member's contact log (the 6-month reminder counts from the newest). */
export function FlowContactModal({ flow, onClose }: { flow: FlowOutRow | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useLedgerMutation('care.addFlowContact');
  useEffect(() => {
    if (flow) form.setFieldsValue({ contactedOn: todayIso(), method: '电话', note: null });
  }, [flow, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => add.call({ flowOutId: flow!.id, contactedOn: v.contactedOn, method: v.method, note: v.note || null }),
    () => {
      message.success(`已记录与${flow!.name}的联系`);
      onClose();
    },
  );
  return (
    <Modal open={flow !== null} title={flow ? `记录与${flow.name}的联系` : ''} okText="记录" okButtonProps={{ 'data-testid': 'care-contact-save' } as React.ComponentProps<typeof Button>} onOk={submit} confirmLoading={busy} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="care-contact-form">
        <Form.Item label="联系日期" name="contactedOn" rules={[{ required: true, message: '请选择联系日期' }]} {...dateItemProps}>
          <DatePicker aria-label="联系日期" />
        </Form.Item>
        <Form.Item label="联系方式" name="method" rules={[{ required: true, message: '请选择联系方式' }]}>
          <Select aria-label="联系方式" style={{ width: 160 }} options={FLOW_CONTACT_METHODS.map((m) => ({ value: m, label: m }))} />
        </Form.Item>
        <Form.Item label="联系情况" name="note">
          <Input.TextArea aria-label="联系情况" rows={3} placeholder="如 本人在外务工正常，已按时参加流入地组织生活" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
