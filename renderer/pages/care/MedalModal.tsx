import { useLayoutEffect } from 'react';
import { App, Button, Form, Modal } from 'antd';
import type { HonorRow } from '../../../api/schemas/care';
import { todayIso } from '../../../api/rules/dates';
import type { CallInput } from '../../../api/contract';
import { DateItem } from '../../components/FormItems';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';

/** 登记颁发: the day the 光荣在党50年 纪念章 was presented to a member of the year's list. */
export function MedalModal({ row, year, onClose }: { row: HonorRow | null; year: number; onClose: () => void }) {
  const save = useLedgerMutation('care.saveMedal');
  const { message } = App.useApp();
  const [form] = Form.useForm<Pick<CallInput<'care.saveMedal'>, 'presentedOn'>>();
  // Defaults at each opening, set before the browser handles any input (a layout effect).
  useLayoutEffect(() => {
    if (row === null) return;
    form.resetFields();
    form.setFieldsValue({ presentedOn: row.presentedOn ?? todayIso() });
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
    <Modal
      open={row !== null}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      okText="保存"
      title={row ? `${row.name}：“光荣在党50年”纪念章` : ''}
      okButtonProps={{ 'data-testid': 'care-medal-save' } as React.ComponentProps<typeof Button>}
    >
      <Form form={form} layout="vertical" data-testid="care-medal-form">
        <DateItem label="颁发日期" name="presentedOn" required fullWidth={false} />
      </Form>
    </Modal>
  );
}
