import { App, Form, Input, Modal, Select } from 'antd';
import type { CallInput } from '../../../api/contract';
import { MEETING_TYPES } from '../../../api/meetingTypes';
import type { OrgRow } from '../../../api/schemas/orgs';
import { choose, fillIn, MEETING_TYPE_NEEDED } from '../../../api/vocab/messages';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { orgPath } from '../orgs/orgTree';

type ExemptionValues = Omit<CallInput<'meetings.addExemption'>, 'year'> & { scope: 'year' | 'always' };

/** Excuses one organisation from one type, for a year or for good, with the reason on record. */
export function ExemptionModal({ open, orgs, year, onClose }: { open: boolean; orgs: OrgRow[]; year: number; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ExemptionValues>();
  const addExemption = useLedgerMutation('meetings.addExemption');
  const { submit } = useSubmit(
    form,
    ({ scope, ...values }) => addExemption.call({ ...values, year: scope === 'year' ? year : null }),
    () => {
      message.success('已设置豁免');
      form.resetFields();
      onClose();
    },
  );
  return (
    <Modal open={open} title="设置豁免" okText="保存" onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ scope: 'year' }}>
        <Form.Item label="组织" name="orgId" rules={[{ required: true, message: choose('组织') }]}>
          <Select
            options={orgs.filter((o) => o.kind !== '党委' && o.kind !== '党总支' && !o.closedOn).map((o) => ({ value: o.id, label: orgPath(orgs, o.id) }))}
          />
        </Form.Item>
        <Form.Item label="会议类型" name="type" rules={[{ required: true, message: MEETING_TYPE_NEEDED }]}>
          <Select options={MEETING_TYPES.map((t) => ({ value: t, label: t }))} />
        </Form.Item>
        <Form.Item label="范围" name="scope">
          <Select
            options={[
              { value: 'year', label: `仅${year}年` },
              { value: 'always', label: '长期' },
            ]}
          />
        </Form.Item>
        <Form.Item label="原因" name="reason" rules={[{ required: true, message: fillIn('豁免原因') }]}>
          <Input placeholder="例如：正式党员不足7人，不设支部委员会" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
