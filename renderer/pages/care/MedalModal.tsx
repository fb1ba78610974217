import { useEffect } from 'react';
import { App, Button, DatePicker, Form, Modal } from 'antd';
import type { HonorRow } from '../../../api/schemas/care';
import { todayIso } from '../../../api/rules/dates';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';

/** 登记颁发: the day the 光荣在党50年 纪念章 was presented to a member of the year's list. */
export function MedalModal({ row, year, onClose }: { row: HonorRow | null; year: number; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ presentedOn: string }>();
  const save = useLedgerMutation('care.saveMedal');
  useEffect(() => {
    if (row) form.setFieldsValue({ presentedOn: row.presentedOn ?? todayIso() });
  }, [row, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => save.call({ memberId: row!.memberId, year, presentedOn: v.presentedOn }),
    () => {
      message.success(`已登记${row!.name}的纪念章颁发`);
      onClose();
    },
  );
  return (
    <Modal open={row !== null} title={row ? `${row.name}：“光荣在党50年”纪念章` : ''} okText="保存" okButtonProps={{ 'data-testid': 'care-medal-save' } as React.ComponentProps<typeof Button>} onOk={submit} confirmLoading={busy} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="care-medal-form">
        <Form.Item label="颁发日期" name="presentedOn" rules={[{ required: true, message: '请选择颁发日期' }]} {...dateItemProps}>
          <DatePicker aria-label="颁发日期" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
