import { useLayoutEffect } from 'react';
import { App, Button, Form, Modal } from 'antd';
import type { CallInput } from '../../../api/contract';
import type { StreetCommunity } from '../../../api/schemas/street';
import { TextItem } from '../../components/FormItems';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';

type Values = CallInput<'street.addCommunity'>;

/** 添加社区 or edit one. `editing` undefined: closed; null: a new one. */
export function CommunityModal({ editing, onClose }: { editing: StreetCommunity | null | undefined; onClose: () => void }) {
  const add = useLedgerMutation('street.addCommunity');
  const update = useLedgerMutation('street.updateCommunity');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // Defaults at each opening, set before the browser handles any input (a layout effect).
  useLayoutEffect(() => {
    if (editing === undefined) return;
    form.resetFields();
    if (editing) form.setFieldsValue({ name: editing.name, contact: editing.contact, phone: editing.phone, note: editing.note });
  }, [editing, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => {
      const values = { ...v, contact: v.contact || null, phone: v.phone || null, note: v.note || null };
      return editing ? update.call({ ...values, id: editing.id }) : add.call(values);
    },
    (saved) => {
      message.success(`已保存社区“${saved.name}”`);
      onClose();
    },
  );
  return (
    <Modal
      open={editing !== undefined}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      okText="保存"
      title={editing ? `编辑社区“${editing.name}”` : '添加社区'}
      okButtonProps={{ 'data-testid': 'street-community-save' } as React.ComponentProps<typeof Button>}
      width={520}
    >
      <Form form={form} layout="vertical" data-testid="street-community-form">
        <TextItem
          label="社区名称"
          name="name"
          required
          extra="与社区在系统设置中填写的“社区名称”一致：第一个上报包按名称对应，之后按社区台账的标识对应，社区改名也不会变成两条记录"
        />
        <TextItem label="联系人" name="contact" />
        <TextItem label="联系电话" name="phone" />
        <TextItem label="备注" name="note" rows={2} />
      </Form>
    </Modal>
  );
}
