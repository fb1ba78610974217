import { useLayoutEffect } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import { todayIso } from '../../../api/rules/dates';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { isBranch, orgPath } from '../orgs/orgTree';
import { monthLabel, monthsOf, toFen, yuan, yuanRule } from './money';

interface Values {
  fromOrgId: number;
  handedOn: string;
  periodFrom: string;
  periodTo: string;
  amount: string;
  receiptNo: string | null;
  note: string | null;
}

/**
 * 登记上缴: a branch hands to the 党委 above it; a top 党委 (no parent here) hands to the
 * street, which is not in this ledger (toOrgId null).
 */
export function HandoverModal({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const orgs = useLedgerQuery('orgs.list', { includeClosed: true });
  const handover = useLedgerMutation('dues.handover');
  const all = orgs.data ?? [];
  const fromOrgId = Form.useWatch('fromOrgId', form);
  const from = all.find((o) => o.id === fromOrgId);
  const to = from?.parentId ? all.find((o) => o.id === from.parentId) : undefined;
  // More than the organisation holds for the year is allowed (money from an earlier year), but said.
  const balances = useLedgerQuery('dues.handovers', open ? { year } : null);
  const amountText = Form.useWatch('amount', form);
  const amountFen = toFen(amountText);
  const balanceFen = fromOrgId ? (balances.data?.balances.find((b) => b.orgId === fromOrgId)?.balanceFen ?? 0) : null;
  const over = balanceFen !== null && amountFen !== null && amountFen > balanceFen;
  // Before paint: a click in the just-opened dialog must not land before its fields are reset.
  useLayoutEffect(() => {
    if (open) form.setFieldsValue({ handedOn: todayIso(), periodFrom: `${year}-01`, periodTo: `${year}-12` });
  }, [open, year, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) =>
      handover.call({
        fromOrgId: v.fromOrgId,
        toOrgId: to?.id ?? null,
        handedOn: v.handedOn,
        periodFrom: v.periodFrom,
        periodTo: v.periodTo,
        amountFen: toFen(v.amount)!,
        receiptNo: v.receiptNo || null,
        note: v.note || null,
      }),
    () => {
      message.success('上缴已登记');
      onClose();
    },
  );
  // A branch hands up to its 党委; a 党委 or 总支 at the top hands to the street.
  const options = all.filter((o) => !o.closedOn && (isBranch(o) || o.parentId === null)).map((o) => ({ value: o.id, label: orgPath(all, o.id) }));
  const months = monthsOf(year).map((m) => ({ value: m, label: monthLabel(m) }));
  return (
    <Modal open={open} title="登记上缴" okText="登记" onOk={submit} confirmLoading={busy} onCancel={onClose} destroyOnHidden width={560}>
      <Form form={form} layout="vertical" data-testid="dues-handover-form">
        <Form.Item
          label="上缴单位"
          name="fromOrgId"
          rules={[{ required: true, message: '请选择上缴单位' }]}
          extra={from ? `接收单位：${to ? to.name : '街道党（工）委'}` : undefined}
        >
          <Select aria-label="上缴单位" showSearch optionFilterProp="label" options={options} />
        </Form.Item>
        <Space>
          <Form.Item label="所属期间从" name="periodFrom" rules={[{ required: true, message: '请选择月份' }]}>
            <Select aria-label="所属期间从" style={{ width: 100 }} options={months} />
          </Form.Item>
          <Form.Item label="至" name="periodTo" rules={[{ required: true, message: '请选择月份' }]}>
            <Select aria-label="所属期间至" style={{ width: 100 }} options={months} />
          </Form.Item>
          <Form.Item label="上缴日期" name="handedOn" rules={[{ required: true, message: '请选择上缴日期' }]} {...dateItemProps}>
            <DatePicker aria-label="上缴日期" />
          </Form.Item>
        </Space>
        <Space>
          <Form.Item label="金额（元）" name="amount" rules={[yuanRule(true, '金额')]}>
            <Input aria-label="上缴金额" suffix="元" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="收据编号" name="receiptNo">
            <Input aria-label="收据编号" style={{ width: 160 }} />
          </Form.Item>
        </Space>
        {over && (
          <Alert
            style={{ marginBottom: 12 }}
            type="warning"
            showIcon
            data-testid="dues-handover-over"
            title={`上缴金额大于${from?.name ?? '该组织'}${year}年的结余（${yuan(balanceFen)}元）：请核对金额；如含以前年度结转的党费，请在备注中说明。`}
          />
        )}
        <Form.Item label="备注" name="note">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
