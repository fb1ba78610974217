import { useEffect } from 'react';
import { Alert, App, Button, Form, Input, Modal, Radio } from 'antd';
import type { DuesMonthRow } from '../../../api/schemas/dues';
import type { CallInput } from '../../../api/contract';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { yuan } from './money';
import { standingPayments } from './payments';

type Values = CallInput<'dues.reverse'>;

/** 冲销: a wrong payment stays in the ledger and is cancelled by a reversing entry. */
export function ReverseModal({ row, onClose }: { row: DuesMonthRow | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reverse = useLedgerMutation('dues.reverse');
  const payments = row ? standingPayments(row) : [];
  useEffect(() => {
    if (row) form.setFieldsValue({ paymentId: payments[0]?.id, reason: '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when another row opens
  }, [row, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => reverse.call({ paymentId: v.paymentId, reason: v.reason }),
    () => {
      message.success('已冲销，原记录和冲销记录都保留在台账中');
      onClose();
    },
  );
  return (
    <Modal
      open={row !== null}
      title={row ? `冲销${row.name}的交纳记录` : ''}
      okText="冲销"
      okButtonProps={{ danger: true, 'data-testid': 'dues-reverse-ok' } as React.ComponentProps<typeof Button>}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        style={{ marginBottom: 12 }}
        type="info"
        showIcon
        title="交纳记录不能修改或删除。记错时，用一笔金额相反的冲销记录抵消原记录，再重新记录正确的交纳；两笔记录都会保留，便于核对。一笔交纳涵盖多个月的，冲销会同时撤销其涵盖的所有月份。"
      />
      <Form form={form} layout="vertical" data-testid="dues-reverse-form">
        <Form.Item label="要冲销的交纳" name="paymentId" rules={[{ required: true, message: '请选择要冲销的交纳' }]}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {payments.map((p) => (
              <Radio key={p.id} value={p.id}>
                {p.paidOn} {p.method} {yuan(p.amountFen)} 元{p.receiptNo ? `，收据 ${p.receiptNo}` : ''}
                {p.collector ? `，收款人 ${p.collector}` : ''}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item label="冲销原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写冲销原因' }]}>
          <Input.TextArea aria-label="冲销原因" rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
