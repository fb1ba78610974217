import { Button, Form, Modal } from 'antd';
import type { HonorPage, HonorRow } from '../../../api/schemas/care';
import { todayIso } from '../../../api/rules/dates';
import { DateItem } from '../../components/FormItems';
import { useModalForm } from '../../components/useModalForm';
import { useLedgerMutation } from '../../useLedgerMutation';

/** 登记颁发: the day the 光荣在党50年 纪念章 was presented to a member of the year's list. */
export function MedalModal({ row, year, onClose }: { row: HonorRow | null; year: number; onClose: () => void }) {
  const save = useLedgerMutation('care.saveMedal');
  const { form, modalProps } = useModalForm<{ presentedOn: string }, HonorPage, HonorRow>(
    row ?? undefined,
    (r) => ({ presentedOn: r.presentedOn ?? todayIso() }),
    (v) => save.call({ memberId: row!.memberId, year, presentedOn: v.presentedOn }),
    () => `已登记${row!.name}的纪念章颁发`,
    onClose,
  );
  return (
    <Modal {...modalProps} title={row ? `${row.name}：“光荣在党50年”纪念章` : ''} okButtonProps={{ 'data-testid': 'care-medal-save' } as React.ComponentProps<typeof Button>}>
      <Form form={form} layout="vertical" data-testid="care-medal-form">
        <DateItem label="颁发日期" name="presentedOn" required fullWidth={false} />
      </Form>
    </Modal>
  );
}
