import { useEffect } from 'react';
import { App, Button, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { BASE_DUES_KINDS, DUES_KINDS, DUES_RELIEFS, type DuesKind, type DuesRelief } from '../../../api/dues';
import type { DuesBaseRow } from '../../../api/schemas/dues';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { monthLabel, monthsOf, toFen, yuanField, yuanRule } from './money';

interface Values {
  kind: DuesKind;
  baseFen: string;
  fromMonth: string;
  relief: DuesRelief | '';
  reliefFen: string;
  reliefReason: string | null;
  reliefApprover: string | null;
}

/** One member's 缴费类别 and base from a month; 免交/减交 need a reason and who approved it. */
export function BaseFormModal({ row, year, onClose }: { row: DuesBaseRow | null; year: number; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useLedgerMutation('dues.saveBase');
  const kind = Form.useWatch('kind', form);
  const relief = Form.useWatch('relief', form);
  useEffect(() => {
    if (!row) return;
    form.resetFields();
    const b = row.current;
    form.setFieldsValue({
      kind: b?.kind ?? '在职',
      baseFen: yuanField(b?.baseFen),
      // A base carried over from an earlier year is confirmed from January of this one.
      fromMonth: b && b.fromMonth.startsWith(`${year}-`) ? b.fromMonth : `${year}-01`,
      relief: b?.relief ?? '',
      reliefFen: yuanField(b?.reliefFen),
      reliefReason: b?.reliefReason ?? null,
      reliefApprover: b?.reliefApprover ?? null,
    });
  }, [row, year, form]);
  const needsBase = kind !== undefined && BASE_DUES_KINDS.includes(kind);
  const { submit, busy } = useSubmit(
    form,
    (v) =>
      save.call({
        memberId: row!.memberId,
        fromMonth: v.fromMonth,
        kind: v.kind,
        baseFen: BASE_DUES_KINDS.includes(v.kind) ? toFen(v.baseFen) : null,
        relief: v.relief || null,
        reliefFen: v.relief === '减交' ? toFen(v.reliefFen) : null,
        reliefReason: v.relief ? v.reliefReason : null,
        reliefApprover: v.relief ? v.reliefApprover : null,
      }),
    () => {
      message.success(`${row!.name}的基数已保存`);
      onClose();
    },
  );
  return (
    <Modal
      open={row !== null}
      title={row ? `核定${row.name}的党费基数` : ''}
      okText="保存"
      okButtonProps={{ 'data-testid': 'dues-base-save' } as React.ComponentProps<typeof Button>}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" data-testid="dues-base-form">
        <Space>
          <Form.Item label="缴费类别" name="kind" rules={[{ required: true, message: '请选择缴费类别' }]}>
            <Select aria-label="缴费类别" style={{ width: 130 }} options={DUES_KINDS.map((k) => ({ value: k, label: k }))} />
          </Form.Item>
          <Form.Item label="起始月份" name="fromMonth" rules={[{ required: true, message: '请选择起始月份' }]}>
            <Select aria-label="起始月份" style={{ width: 110 }} options={monthsOf(year).map((m) => ({ value: m, label: monthLabel(m) }))} />
          </Form.Item>
          {needsBase && (
            <Form.Item
              label={kind === '离退休' ? '月离退休费（元）' : '月工资收入（元）'}
              name="baseFen"
              rules={[yuanRule(relief !== '免交', '基数')]}
              tooltip="税后，扣除个人缴纳的养老、医疗、失业保险和住房公积金"
            >
              <Input aria-label="基数" suffix="元" style={{ width: 160 }} />
            </Form.Item>
          )}
        </Space>
        {!needsBase && <p style={{ color: '#888', marginTop: -8 }}>{kind}党员按收缴方案中的固定金额交纳，不需要基数。</p>}
        <Form.Item label="免交/减交" name="relief">
          <Radio.Group options={[{ value: '', label: '无' }, ...DUES_RELIEFS.map((r) => ({ value: r, label: r }))]} />
        </Form.Item>
        {relief && (
          <>
            <Space>
              {relief === '减交' && (
                <Form.Item label="减交后每月（元）" name="reliefFen" rules={[yuanRule(true, '减交后金额')]}>
                  <Input aria-label="减交后每月" suffix="元" style={{ width: 140 }} />
                </Form.Item>
              )}
              <Form.Item label="批准人" name="reliefApprover" rules={[{ required: true, whitespace: true, message: '请填写批准人' }]}>
                <Input aria-label="批准人" style={{ width: 160 }} />
              </Form.Item>
            </Space>
            <Form.Item label={`${relief}原因`} name="reliefReason" rules={[{ required: true, whitespace: true, message: `请填写${relief}原因` }]}>
              <Input.TextArea aria-label={`${relief}原因`} rows={2} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
