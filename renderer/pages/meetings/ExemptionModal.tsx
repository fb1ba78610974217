import { App, Form, Input, Modal, Select } from 'antd';
import { MEETING_TYPES } from '../../../api/meetingTypes';
import type { OrgRow } from '../../../api/schemas/orgs';
import { client } from '../../api';
import { orgPath } from '../orgs/orgTree';

/** Excuses one organisation from one type, for a year or for good, with the reason on record. */
export function ExemptionModal({ open, orgs, year, onClose, onDone }: { open: boolean; orgs: OrgRow[]; year: number; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  async function submit() {
    const values = await form.validateFields();
    const result = await client.call('meetings.addExemption', { ...values, year: values.scope === 'year' ? year : null });
    if (result.ok) {
      message.success('已设置豁免');
      form.resetFields();
      onDone();
    } else message.error(result.error.message);
  }
  return (
    <Modal open={open} title="设置豁免" okText="保存" onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ scope: 'year' }}>
        <Form.Item label="组织" name="orgId" rules={[{ required: true, message: '请选择组织' }]}>
          <Select options={orgs.filter((o) => o.kind !== '党委' && o.kind !== '党总支' && !o.closedOn).map((o) => ({ value: o.id, label: orgPath(orgs, o.id) }))} />
        </Form.Item>
        <Form.Item label="会议类型" name="type" rules={[{ required: true, message: '请选择会议类型' }]}>
          <Select options={MEETING_TYPES.map((t) => ({ value: t, label: t }))} />
        </Form.Item>
        <Form.Item label="范围" name="scope">
          <Select options={[{ value: 'year', label: `仅${year}年` }, { value: 'always', label: '长期' }]} />
        </Form.Item>
        <Form.Item label="原因" name="reason" rules={[{ required: true, message: '请填写豁免原因' }]}>
          <Input placeholder="例如：正式党员不足7人，不设支部委员会" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
