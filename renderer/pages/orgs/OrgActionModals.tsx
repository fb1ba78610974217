import { useLayoutEffect } from 'react';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { CallInput } from '../../../api/contract';
import { ALLOWED_PARENT_KINDS } from '../../../api/enums';
import type { OrgRow } from '../../../api/schemas/orgs';
import { todayIso } from '../../../api/rules/dates';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { orgPath } from './orgTree';

interface Props {
  org: OrgRow;
  orgs: OrgRow[];
  open: boolean;
  /** Also called once the change is made. */
  onClose: () => void;
}

export function MoveOrgModal({ org, orgs, open, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Omit<CallInput<'orgs.move'>, 'id'>>();
  const move = useLedgerMutation('orgs.move');
  const { submit } = useSubmit(
    form,
    ({ parentId }) => move.call({ id: org.id, parentId: parentId ?? null }),
    () => {
      message.success(org.kind === '党小组' && org.activeMembers > 0 ? `已调整，${org.activeMembers}名党员随党小组一并调整支部` : '已调整上级组织');
      onClose();
    },
  );
  // Before paint: a click in the just-opened dialog must not land before its fields are reset.
  useLayoutEffect(() => {
    if (open) form.setFieldsValue({ parentId: org.parentId });
  }, [open, org, form]);
  const allowed = ALLOWED_PARENT_KINDS[org.kind];
  const options = orgs.filter((o) => o.id !== org.id && !o.closedOn && allowed.includes(o.kind)).map((o) => ({ value: o.id, label: orgPath(orgs, o.id) }));

  return (
    <Modal open={open} title={`调整上级组织：${org.name}`} okText="确定调整" onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item label="新的上级组织" name="parentId" rules={[{ required: !allowed.includes(null), message: '请选择新的上级组织' }]}>
          <Select allowClear={allowed.includes(null)} options={options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CloseOrgModal({ org, open, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Omit<CallInput<'orgs.close'>, 'id'>>();
  const closeOrg = useLedgerMutation('orgs.close');
  const { submit } = useSubmit(
    form,
    (values) => closeOrg.call({ id: org.id, ...values }),
    () => {
      message.success(`“${org.name}”已撤销，历史记录仍保留`);
      onClose();
    },
  );
  // Before paint: a click in the just-opened dialog must not land before its fields are reset.
  useLayoutEffect(() => {
    if (open) form.setFieldsValue({ closedOn: todayIso(), reason: '' });
  }, [open, form]);

  return (
    <Modal open={open} title={`撤销组织：${org.name}`} okText="确定撤销" okButtonProps={{ danger: true }} onOk={submit} onCancel={onClose} destroyOnHidden>
      <p>撤销后该组织不再接收新党员，但它的历史记录会一直保留。组织内还有党员或下级组织时不能撤销。</p>
      <Form form={form} layout="vertical">
        <Form.Item label="撤销日期" name="closedOn" rules={[{ required: true, message: '请选择撤销日期' }]} {...dateItemProps}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="撤销原因" name="reason" rules={[{ required: true, message: '请填写撤销原因' }]}>
          <Input.TextArea rows={2} placeholder="例如：网格调整，与第二网格党支部合并" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
