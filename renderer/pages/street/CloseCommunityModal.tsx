import { useLayoutEffect } from 'react';
import { App, Button, Form, Modal } from 'antd';
import type { StreetCommunity } from '../../../api/schemas/street';
import { todayIso } from '../../../api/rules/dates';
import type { CallInput } from '../../../api/contract';
import { DateItem } from '../../components/FormItems';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';

/** A community merged or dissolved: it stays listed with its packages, no longer counted as 未上报. */
export function CloseCommunityModal({ closing, onClose }: { closing: StreetCommunity | undefined; onClose: () => void }) {
  const close = useLedgerMutation('street.closeCommunity');
  const { message } = App.useApp();
  const [form] = Form.useForm<Omit<CallInput<'street.closeCommunity'>, 'id'>>();
  // Defaults at each opening, set before the browser handles any input (a layout effect).
  useLayoutEffect(() => {
    if (closing === undefined) return;
    form.resetFields();
    form.setFieldsValue({ closedOn: todayIso() });
  }, [closing, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => close.call({ id: closing!.id, closedOn: v.closedOn }),
    (saved) => {
      message.success(`已撤销社区“${saved.name}”`);
      onClose();
    },
  );
  return (
    <Modal
      open={closing !== undefined}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      title={`撤销社区“${closing?.name ?? ''}”`}
      okText="撤销"
      okButtonProps={{ danger: true, 'data-testid': 'street-community-close-ok' } as React.ComponentProps<typeof Button>}
      width={420}
    >
      <p style={{ color: '#888' }}>撤销后社区和已导入的上报包仍保留，只是不再列入“未上报”。</p>
      <Form form={form} layout="vertical">
        <DateItem label="撤销日期" name="closedOn" required />
      </Form>
    </Modal>
  );
}
