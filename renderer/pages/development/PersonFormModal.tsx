import { useEffect } from 'react';
import { App, Button, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import { EDUCATIONS, GENDERS } from '../../../api/enums';
import type { DevPersonFile } from '../../../api/schemas/development';
import { dateItemProps } from '../../components/dateField';
import { DateItem, TextItem } from '../../components/FormItems';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { BranchSelect } from '../dues/BranchSelect';

interface Values {
  name: string;
  gender: (typeof GENDERS)[number];
  ethnicity: string | null;
  birthDate: string | null;
  idNumber: string | null;
  education: (typeof EDUCATIONS)[number] | null;
  workUnit: string | null;
  phone: string | null;
  orgId: number;
  note: string | null;
  /** Only when registering: the 入党申请书 date, recorded as the first step right after. */
  appliedOn: string | null;
}

type Person = DevPersonFile['person'];

/** Registers a new 入党申请人 (with the 申请 date) or edits the person's details. */
export function PersonFormModal({ open, person, onClose }: { open: boolean; person: Person | null; onClose: (createdId?: number) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useLedgerMutation('development.create');
  const update = useLedgerMutation('development.update');
  const record = useLedgerMutation('development.record');
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (person) form.setFieldsValue({ ...person, gender: person.gender as Values['gender'], education: person.education as Values['education'] });
    else form.setFieldsValue({ gender: '男', ethnicity: '汉族' });
  }, [open, person, form]);
  const { submit, busy } = useSubmit(
    form,
    ({ appliedOn: _, ...v }) => (person ? update.call({ ...v, id: person.id }) : create.call(v)),
    async (file, v) => {
      if (person) {
        message.success('已保存');
        return onClose();
      }
      if (v.appliedOn) {
        // The person exists from here on; a refused 申请 (不满18周岁) is said and left to the file.
        const r = await record.call({ personId: file.person.id, stepCode: 'apply', doneOn: v.appliedOn, memberIds: [] });
        if (!r.ok) message.error(`已登记${v.name}，但申请日期未记录：${r.error.message}`);
        else message.success(`已登记入党申请人${v.name}`);
      } else message.success(`已登记${v.name}，请在档案中记录递交入党申请书的日期`);
      onClose(file.person.id);
    },
  );
  return (
    <Modal
      open={open}
      title={person ? `修改${person.name}的信息` : '登记入党申请人'}
      okText="保存"
      okButtonProps={{ 'data-testid': 'dev-person-save' } as React.ComponentProps<typeof Button>}
      onOk={submit}
      confirmLoading={busy}
      onCancel={() => onClose()}
      destroyOnHidden
      width={720}
    >
      <Form form={form} layout="vertical" data-testid="dev-person-form">
        <Row gutter={12}>
          <Col span={8}>
            <TextItem label="姓名" name="name" required />
          </Col>
          <Col span={8}>
            <Form.Item label="性别" name="gender" rules={[{ required: true, message: '请选择性别' }]}>
              <Select aria-label="性别" options={GENDERS.map((g) => ({ value: g, label: g }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <TextItem label="民族" name="ethnicity" />
          </Col>
          <Col span={12}>
            <Form.Item label="公民身份号码" name="idNumber" tooltip="填写后按号码核对出生日期和年满18周岁">
              <Input aria-label="公民身份号码" maxLength={18} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <DateItem label="出生日期" name="birthDate" />
          </Col>
          <Col span={8}>
            <Form.Item label="学历" name="education">
              <Select aria-label="学历" allowClear options={EDUCATIONS.map((e) => ({ value: e, label: e }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <TextItem label="联系电话" name="phone" />
          </Col>
          <Col span={8}>
            <TextItem label="工作单位及职务" name="workUnit" />
          </Col>
          <Col span={person ? 24 : 14}>
            {/* Form.Item hands BranchSelect its value and onChange. */}
            <Form.Item label="所在党支部" name="orgId" rules={[{ required: true, message: '请选择所在党支部' }]}>
              <BranchSelect testId="dev-person-org" value={null} onChange={() => undefined} />
            </Form.Item>
          </Col>
          {!person && (
            <Col span={10}>
              <Form.Item label="递交入党申请书日期" name="appliedOn" {...dateItemProps} tooltip="申请时须年满18周岁">
                <DatePicker aria-label="递交入党申请书日期" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <TextItem label="备注" name="note" rows={2} />
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
