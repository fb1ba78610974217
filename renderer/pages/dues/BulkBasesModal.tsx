import { useEffect } from 'react';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { BASE_DUES_KINDS, DUES_KINDS, type DuesKind } from '../../../api/dues';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { monthLabel, monthsOf, toFen, yuanRule } from './money';

/** Whom 全部设为 sets: members whose base in force is of a kind, or who have none yet. */
const SCOPES = [...DUES_KINDS, '未核定'] as const;

interface Values {
  scope: (typeof SCOPES)[number];
  kind: DuesKind;
  base: string;
  fromMonth: string;
}

/** 全部设为…: one kind and base for every member of a kind (e.g. all 离退休), one transaction; 免交/减交 are left. */
export function BulkBasesModal({
  open,
  year,
  orgId,
  startMonth,
  onClose,
}: {
  open: boolean;
  year: number;
  orgId: number | null;
  startMonth: string | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const setFor = useLedgerMutation('dues.setBasesFor');
  const kind = Form.useWatch('kind', form);
  useEffect(() => {
    // From January, or from the 党费 start when the ledger starts later in the year.
    const from = startMonth !== null && startMonth > `${year}-01` && startMonth <= `${year}-12` ? startMonth : `${year}-01`;
    if (open) form.setFieldsValue({ scope: '未核定', kind: '离退休', base: '', fromMonth: from });
  }, [open, year, startMonth, form]);
  const needsBase = kind !== undefined && BASE_DUES_KINDS.includes(kind);
  const { submit, busy } = useSubmit(
    form,
    (v) => setFor.call({ year, orgId, scope: v.scope, kind: v.kind, fromMonth: v.fromMonth, baseFen: BASE_DUES_KINDS.includes(v.kind) ? toFen(v.base) : null }),
    (r) => {
      const skipped = r.skipped.length > 0 ? `；${r.skipped.map((s) => `${s.name}（${s.reason}）`).join('、')}` : '';
      message.success(`已为${r.saved}名党员设置基数${skipped}`);
      onClose();
    },
  );
  return (
    <Modal
      open={open}
      title="全部设为…"
      okText="设置"
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      width={520}
      okButtonProps={{ 'data-testid': 'dues-bulk-save' } as React.ComponentProps<typeof Button>}
    >
      <p style={{ color: '#888' }}>为所选范围内（当前所选组织下）所有该类党员录入同一基数，一次保存；免交、减交的党员不改动。</p>
      <Form form={form} layout="vertical" data-testid="dues-bulk-form">
        <Form.Item label="设置对象" name="scope" rules={[{ required: true, message: '请选择设置对象' }]}>
          <Select aria-label="设置对象" options={SCOPES.map((s) => ({ value: s, label: s === '未核定' ? '尚未核定基数的党员' : `现为${s}的党员` }))} />
        </Form.Item>
        <Space>
          <Form.Item label="缴费类别" name="kind" rules={[{ required: true, message: '请选择缴费类别' }]}>
            <Select aria-label="统一缴费类别" style={{ width: 120 }} options={DUES_KINDS.map((k) => ({ value: k, label: k }))} />
          </Form.Item>
          {needsBase && (
            <Form.Item label="基数（元）" name="base" rules={[yuanRule(true, '基数')]}>
              <Input aria-label="统一基数" suffix="元" style={{ width: 150 }} />
            </Form.Item>
          )}
          <Form.Item label="起始月份" name="fromMonth" rules={[{ required: true, message: '请选择起始月份' }]}>
            <Select
              aria-label="统一起始月份"
              virtual={false}
              style={{ width: 100 }}
              options={monthsOf(year).map((m) => ({ value: m, label: monthLabel(m) }))}
            />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
