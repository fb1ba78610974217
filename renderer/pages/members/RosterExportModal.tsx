import { useLayoutEffect } from 'react';
import { App, Checkbox, DatePicker, Form, Modal, Select } from 'antd';
import type { CallInput } from '../../../api/contract';
import type { OrgRow } from '../../../api/schemas/orgs';
import { todayIso } from '../../../api/rules/dates';
import { client } from '../../api';
import { dateItemProps } from '../../components/dateField';
import { deliver } from '../../components/deliver';
import { useSubmit } from '../../components/useSubmit';
import { orgPath } from '../orgs/orgTree';

interface Props {
  open: boolean;
  orgs: OrgRow[];
  branchId: number | null;
  onClose: () => void;
}

/** 党员花名册 for the community or one branch, as of a day, with optional masking. */
export function RosterExportModal({ open, orgs, branchId, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CallInput<'reports.roster'>>();
  const { submit, busy } = useSubmit(
    form,
    (values) => client.call('reports.roster', { ...values, branchId: values.branchId ?? null }),
    async (file) => {
      message.success(await deliver(file));
      onClose();
    },
  );

  // Before paint: a click in the just-opened dialog must not land before its fields are reset.
  useLayoutEffect(() => {
    if (open) form.setFieldsValue({ asOf: todayIso(), branchId, maskIdNumbers: false, maskPhones: false });
  }, [open, branchId, form]);

  const branches = orgs.filter((o) => o.kind === '党支部' || o.kind === '联合党支部').map((o) => ({ value: o.id, label: orgPath(orgs, o.id) }));

  return (
    <Modal
      open={open}
      title="导出党员花名册（Excel）"
      okText="导出"
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ id: 'roster-export-submit' }}
    >
      <Form form={form} layout="vertical" name="rosterExport">
        <Form.Item label="范围" name="branchId" extra="不选则导出全社区">
          <Select allowClear placeholder="全社区" options={branches} />
        </Form.Item>
        <Form.Item
          label="统计截止日期"
          name="asOf"
          rules={[{ required: true, message: '请选择统计截止日期' }]}
          extra="该日期之后转出的党员仍列入"
          {...dateItemProps}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="maskIdNumbers" valuePropName="checked" noStyle>
          <Checkbox>身份证号只显示前6位和后4位</Checkbox>
        </Form.Item>
        <br />
        <Form.Item name="maskPhones" valuePropName="checked" noStyle>
          <Checkbox>联系电话只显示前3位和后4位</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
