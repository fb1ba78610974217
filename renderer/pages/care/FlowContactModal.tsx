import { useLayoutEffect } from 'react';
import { App, Button, Form, Modal, Select } from 'antd';
import type { FlowOutRow } from '../../../api/schemas/care';
import { FLOW_CONTACT_METHODS } from '../../../api/vocab/care';
import { todayIso } from '../../../api/rules/dates';
import type { CallInput } from '../../../api/contract';
import { DateItem, TextItem } from '../../components/FormItems';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';

type Values = Omit<CallInput<'care.addFlowContact'>, 'flowOutId'>;

/** 记录联系: one line of a 流出 member's contact log (the 6-month reminder counts from the newest). */
export function FlowContactModal({ flow, onClose }: { flow: FlowOutRow | null; onClose: () => void }) {
  const add = useLedgerMutation('care.addFlowContact');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // Defaults at each opening, set before the browser handles any input (a layout effect).
  useLayoutEffect(() => {
    if (flow === null) return;
    form.resetFields();
    form.setFieldsValue({ contactedOn: todayIso(), method: '电话', note: null });
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
    <Modal
      open={flow !== null}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      okText="记录"
      title={flow ? `记录与${flow.name}的联系` : ''}
      okButtonProps={{ 'data-testid': 'care-contact-save' } as React.ComponentProps<typeof Button>}
    >
      <Form form={form} layout="vertical" data-testid="care-contact-form">
        <DateItem label="联系日期" name="contactedOn" required fullWidth={false} />
        <Form.Item label="联系方式" name="method" rules={[{ required: true, message: '请选择联系方式' }]}>
          <Select aria-label="联系方式" style={{ width: 160 }} options={FLOW_CONTACT_METHODS.map((m) => ({ value: m, label: m }))} />
        </Form.Item>
        <TextItem label="联系情况" name="note" rows={3} placeholder="如 本人在外务工正常，已按时参加流入地组织生活" />
      </Form>
    </Modal>
  );
}
