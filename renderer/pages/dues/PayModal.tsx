import { useEffect, useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import type { DuesMethod } from '../../../api/dues';
import { todayIso } from '../../../api/rules/dates';
import type { DuesMonthRow } from '../../../api/schemas/dues';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { PaymentFields } from './PaymentFields';
import { useLedgerQuery } from '../../useLedgerQuery';
import { monthLabel, toFen, yuan, yuanField, yuanRule } from './money';

interface Values {
  fromMonth: string;
  toMonth: string;
  amount: string;
  paidOn: string;
  method: DuesMethod;
  collector: string | null;
  receiptNo: string | null;
  note: string | null;
}

/**
 * 交纳: one member, one or more months of the same year (补交 back, 预交 up to December).
 * The amount starts as the months' 应交; more is 自愿多交 on the last month.
 */
export function PayModal({ row, month, onClose }: { row: DuesMonthRow | null; month: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const year = Number(month.slice(0, 4));
  const member = useLedgerQuery('dues.member', row ? { memberId: row.memberId, year } : null, { keepPrevious: false });
  const pay = useLedgerMutation('dues.pay');
  // Until the user types an amount, it follows the months chosen and the server splits 应交.
  const [typed, setTyped] = useState(false);
  const fromMonth = Form.useWatch('fromMonth', form);
  const toMonth = Form.useWatch('toMonth', form);
  const months = member.data?.months ?? [];
  // Months this member owes this year and has not fully paid: the choices of from–to.
  const open = months.filter((m) => m.orgId !== null && (m.status === '未交' || m.status === '少交' || m.status === '未核定'));
  const covered = months.filter((m) => fromMonth && toMonth && m.month >= fromMonth && m.month <= toMonth);
  const unknown = covered.filter((m) => m.dueFen === null);
  const owed = covered.reduce((sum, m) => sum + Math.max(0, (m.dueFen ?? 0) - m.paidFen), 0);

  useEffect(() => {
    if (!row) return;
    form.resetFields();
    form.setFieldsValue({ fromMonth: month, toMonth: month, paidOn: todayIso(), method: '现金' });
    setTyped(false);
  }, [row, month, form]);
  useEffect(() => {
    if (!typed) form.setFieldValue('amount', owed > 0 ? yuanField(owed) : '');
  }, [owed, typed, form]);

  const { submit, busy } = useSubmit(
    form,
    (v) =>
      pay.call({
        memberId: row!.memberId,
        fromMonth: v.fromMonth,
        toMonth: v.toMonth,
        amountFen: typed ? toFen(v.amount) : null,
        paidOn: v.paidOn,
        method: v.method,
        collector: v.collector || null,
        receiptNo: v.receiptNo || null,
        note: v.note || null,
      }),
    () => {
      message.success(`已记录${row!.name}的党费`);
      onClose();
    },
    { fallbackField: 'amount' },
  );

  const monthOptions = months.map((m) => ({
    value: m.month,
    label: `${monthLabel(m.month)}（${m.status ?? '不需交纳'}）`,
    disabled: !open.some((o) => o.month === m.month),
  }));
  return (
    <Modal
      open={row !== null}
      title={row ? `${row.name} 交纳党费` : ''}
      okText="记录交纳"
      okButtonProps={{ 'data-testid': 'dues-pay-ok' } as React.ComponentProps<typeof Button>}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" data-testid="dues-pay-form">
        <Space>
          <Form.Item label="从" name="fromMonth" rules={[{ required: true, message: '请选择起始月份' }]}>
            <Select aria-label="起始月份" style={{ width: 140 }} options={monthOptions} />
          </Form.Item>
          <Form.Item
            label="至"
            name="toMonth"
            dependencies={['fromMonth']}
            rules={[
              { required: true, message: '请选择截止月份' },
              ({ getFieldValue }) => ({
                validator: async (_, v: string) => {
                  if (v && v < getFieldValue('fromMonth')) throw new Error('截止月份不能早于起始月份');
                },
              }),
            ]}
          >
            <Select aria-label="截止月份" style={{ width: 140 }} options={monthOptions} />
          </Form.Item>
        </Space>
        <p style={{ color: '#888', marginTop: -8 }}>
          补交以前月份或预交到年底（不跨年）均可。所选月份应交合计 {yuan(owed)} 元
          {unknown.length > 0 && `，其中 ${unknown.map((m) => monthLabel(m.month)).join('、')} 基数未核定`}
          ；多交部分记为自愿多交，计入最后一个月。
        </p>
        <Form.Item label="金额（元）" name="amount" rules={[yuanRule(true, '金额')]}>
          <Input aria-label="金额" suffix="元" style={{ width: 200 }} onChange={() => setTyped(true)} />
        </Form.Item>
        <Space>
          <PaymentFields />
        </Space>
        <Space>
          <Form.Item label="收据编号" name="receiptNo">
            <Input aria-label="收据编号" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label="备注" name="note">
            <Input style={{ width: 260 }} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
