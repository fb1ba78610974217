import { useEffect } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import type { MemberFactSpan } from '../../../api/schemas/members';
import { todayIso } from '../../../api/rules/dates';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';

/** One boundary of one interval: its start, or its end. */
export interface FactBoundary {
  span: MemberFactSpan;
  edge: 'from' | 'to';
}

interface Props {
  memberId: number;
  /** null: closed. */
  boundary: FactBoundary | null;
  onClose: () => void;
}

interface Values {
  newOn: string;
  reason: string;
}

/** Moves one date of a member's history; the ledger keeps the old date, the new one and why. */
export function FactDateCorrectionModal({ memberId, boundary, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const correct = useLedgerMutation('members.correctFactDate');
  const oldOn = boundary ? (boundary.edge === 'from' ? boundary.span.validFrom : boundary.span.validTo) : null;
  const { submit, busy } = useSubmit(
    form,
    (values) => correct.call({ id: memberId, factId: boundary!.span.id, edge: boundary!.edge, ...values }),
    () => {
      message.success('已更正日期');
      onClose();
    },
    { fallbackField: 'newOn' },
  );

  useEffect(() => {
    if (!boundary) return;
    form.resetFields();
    form.setFieldsValue({ newOn: oldOn ?? undefined });
  }, [boundary, oldOn, form]);

  const what = boundary ? `${boundary.span.label}“${boundary.span.valueText}”的${boundary.edge === 'from' ? '起始' : '结束'}日期` : '';
  return (
    <Modal
      open={boundary !== null}
      title="更正变动日期"
      okText="确定更正"
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ id: 'fact-correct-submit' }}
    >
      <p>
        更正{what}（原为 {oldOn}）。相邻一段的日期随之调整。
      </p>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="此次更正将记入操作日志，原日期、新日期和更正原因都会保留，可随时查阅。" />
      <Form form={form} layout="vertical" name="factCorrection">
        <Form.Item label="更正后的日期" name="newOn" rules={[{ required: true, message: '请选择更正后的日期' }]} {...dateItemProps}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()} />
        </Form.Item>
        <Form.Item label="更正原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写更正原因' }]}>
          <Input.TextArea rows={2} placeholder="如：录入时日期填错，依据支部大会记录更正" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
