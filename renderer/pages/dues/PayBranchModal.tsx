import { useLayoutEffect } from 'react';
import { App, Button, Checkbox, Form, Modal, Space } from 'antd';
import type { DuesMethod } from '../../../api/dues';
import { todayIso } from '../../../api/rules/dates';
import type { DuesMonthRow } from '../../../api/schemas/dues';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { PaymentFields } from './PaymentFields';
import { monthLabel, yuan } from './money';

interface Values {
  exceptMemberIds: number[];
  paidOn: string;
  method: DuesMethod;
  collector: string | null;
}

interface Props {
  open: boolean;
  orgId: number;
  month: string;
  /** The branch's members who have paid nothing this month. */
  rows: DuesMonthRow[];
  onClose: () => void;
}

/** 全部已交: every unpaid member of the branch paid the month's 应交, except those ticked. */
export function PayBranchModal({ open, orgId, month, rows, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const payAll = useLedgerMutation('dues.payBranchMonth');
  const except = Form.useWatch('exceptMemberIds', form) ?? [];
  const payable = rows.filter((r) => r.dueFen !== null && !except.includes(r.memberId));
  const unknown = rows.filter((r) => r.dueFen === null);
  // Before paint: a click in the just-opened dialog must not land before its fields are reset.
  useLayoutEffect(() => {
    if (open) form.setFieldsValue({ exceptMemberIds: [], paidOn: todayIso(), method: '现金', collector: null });
  }, [open, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => payAll.call({ orgId, month, paidOn: v.paidOn, method: v.method, collector: v.collector || null, exceptMemberIds: v.exceptMemberIds }),
    (_, v) => {
      message.success(`已记录${monthLabel(month)}党费，${v.exceptMemberIds.length} 人除外`);
      onClose();
    },
  );
  return (
    <Modal
      open={open}
      title={`${monthLabel(month)}党费全部已交`}
      okText="记录"
      okButtonProps={{ 'data-testid': 'dues-pay-all-ok' } as React.ComponentProps<typeof Button>}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <Form form={form} layout="vertical" data-testid="dues-pay-all-form">
        <p>
          以下党员本月尚未交纳。勾选<strong>未交</strong>的党员作为例外，其余每人按本月应交金额记为已交。
        </p>
        <Form.Item label="例外（本月未交）" name="exceptMemberIds">
          <Checkbox.Group style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {rows.map((r) => (
              <Checkbox key={r.memberId} value={r.memberId} disabled={r.dueFen === null} data-testid={`dues-except-${r.name}`}>
                {r.name}（{r.dueFen === null ? '基数未核定' : `${yuan(r.dueFen)} 元`}）
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        {unknown.length > 0 && <p style={{ color: '#d46b08' }}>{unknown.map((r) => r.name).join('、')} 基数未核定，不会记录，请先在“基数核定”中填写。</p>}
        <p data-testid="dues-pay-all-summary">
          将记录 {payable.length} 人，合计 {yuan(payable.reduce((s, r) => s + (r.dueFen ?? 0), 0))} 元。
        </p>
        <Space>
          <PaymentFields collectorWidth={140} />
        </Space>
      </Form>
    </Modal>
  );
}
