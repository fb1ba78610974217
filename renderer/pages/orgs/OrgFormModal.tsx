import { useEffect } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select, type ButtonProps } from 'antd';
import type { CallInput } from '../../../api/contract';
import { ALLOWED_PARENT_KINDS, BRANCH_TYPES, ORG_KINDS, type OrgKind } from '../../../api/enums';
import type { OrgRow } from '../../../api/schemas/orgs';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { orgPath } from './orgTree';

interface Props {
  open: boolean;
  /** The organisation to edit; undefined to add a new one. */
  editing?: OrgRow;
  /** Suggested parent when adding. */
  parentId?: number | null;
  orgs: OrgRow[];
  onClose: () => void;
  onSaved: (org: OrgRow) => void;
}

export function OrgFormModal({ open, editing, parentId, orgs, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CallInput<'orgs.create'>>();
  const kind = Form.useWatch('kind', form);
  const create = useLedgerMutation('orgs.create');
  const update = useLedgerMutation('orgs.update');
  const { submit, busy } = useSubmit(
    form,
    (values) => (editing ? update.call({ ...values, id: editing.id }) : create.call({ ...values, parentId: values.parentId ?? null })),
    (saved) => {
      message.success(editing ? '已保存' : `已新增${saved.kind}“${saved.name}”`);
      onSaved(saved);
    },
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) form.setFieldsValue(editing);
    else {
      const parent = orgs.find((o) => o.id === parentId);
      const suggested: OrgKind = !parent ? '党委' : parent.kind === '党支部' || parent.kind === '联合党支部' ? '党小组' : '党支部';
      form.setFieldsValue({ parentId: parent?.id ?? null, kind: suggested });
    }
  }, [open, editing, parentId, orgs, form]);

  const allowedParents = kind ? ALLOWED_PARENT_KINDS[kind] : [];
  const parentOptions = orgs.filter((o) => !o.closedOn && allowedParents.includes(o.kind)).map((o) => ({ value: o.id, label: orgPath(orgs, o.id) }));

  return (
    <Modal
      open={open}
      title={editing ? `编辑：${editing.name}` : '新增党组织'}
      okText="保存"
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      width={640}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'org-save' } as ButtonProps}
    >
      <Form form={form} layout="vertical" name="org">
        <Form.Item label="组织名称" name="name" rules={[{ required: true, message: '请填写组织名称' }, { max: 60 }]}>
          <Input placeholder="例如：第一网格党支部" />
        </Form.Item>
        <Form.Item label="组织类别" name="kind" rules={[{ required: true, message: '请选择组织类别' }]}>
          <Select options={ORG_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        {!editing && (
          <Form.Item
            label="上级组织"
            name="parentId"
            extra={allowedParents.includes(null) ? '最高一级组织可不选上级' : `${kind}的上级应为：${allowedParents.join('、')}`}
            rules={[{ required: !allowedParents.includes(null), message: '请选择上级组织' }]}
          >
            <Select allowClear options={parentOptions} placeholder="请选择" />
          </Form.Item>
        )}
        {(kind === '党支部' || kind === '联合党支部') && (
          <Form.Item label="支部类型" name="branchType">
            <Select allowClear options={BRANCH_TYPES.map((k) => ({ value: k, label: k }))} />
          </Form.Item>
        )}
        <Form.Item label="书记（组长）" name="secretary">
          <Input />
        </Form.Item>
        <Form.Item label="联系人" name="contactName">
          <Input />
        </Form.Item>
        <Form.Item label="联系电话" name="contactPhone">
          <Input />
        </Form.Item>
        <Form.Item label="成立日期" name="foundedOn" {...dateItemProps}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="本届选举日期" name="electedOn" {...dateItemProps}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="任期（年）" name="termYears" extra="不填按社区党组织每届5年计算；填了选举日期，届满日期自动算出">
          <InputNumber min={3} max={5} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="本届任期届满日期" name="termEndsOn" {...dateItemProps} extra="首页会在届满前6个月开始提醒换届">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
