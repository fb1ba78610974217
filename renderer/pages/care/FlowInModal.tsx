import { useEffect } from 'react';
import { App, Button, Col, DatePicker, Form, Input, Modal, Radio, Row } from 'antd';
import { GENDERS } from '../../../api/enums';
import type { FlowInInput, FlowInRow } from '../../../api/schemas/care';
import { todayIso } from '../../../api/rules/dates';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { BranchField } from './BranchField';

type Values = Omit<FlowInInput, 'id'>;

/** 登记流入 or edit one (离开日期 ends it). `editing` undefined: closed; null: a new person. */
export function FlowInModal({ editing, onClose }: { editing: FlowInRow | null | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useLedgerMutation('care.saveFlowIn');
  const open = editing !== undefined;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(editing ?? { arrivedOn: todayIso(), gender: '男' });
  }, [open, editing, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => save.call({ ...v, id: editing?.id ?? null, phone: v.phone || null, note: v.note || null }),
    (saved) => {
      message.success(`已保存流入党员${saved.name}`);
      onClose();
    },
  );
  return (
    <Modal open={open} title={editing ? `编辑流入党员${editing.name}` : '登记流入党员'} okText="保存" okButtonProps={{ 'data-testid': 'care-flowin-save' } as React.ComponentProps<typeof Button>} onOk={submit} confirmLoading={busy} onCancel={onClose} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" data-testid="care-flowin-form">
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
              <Input aria-label="姓名" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="性别" name="gender" rules={[{ required: true, message: '请选择性别' }]}>
              <Radio.Group options={GENDERS.map((g) => ({ value: g, label: g }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="联系电话" name="phone">
              <Input aria-label="联系电话" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="来自" name="fromPlace" rules={[{ required: true, whitespace: true, message: '请填写来自何地' }]}>
              <Input aria-label="来自" placeholder="如 河南省周口市" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="组织关系所在党组织" name="homeOrg" rules={[{ required: true, whitespace: true, message: '请填写组织关系所在党组织' }]}>
              <Input aria-label="组织关系所在党组织" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="参加活动的党支部" name="orgId" rules={[{ required: true, message: '请选择参加活动的党支部' }]}>
              <BranchField />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="流入日期" name="arrivedOn" rules={[{ required: true, message: '请选择流入日期' }]} {...dateItemProps}>
              <DatePicker aria-label="流入日期" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="离开日期" name="leftOn" {...dateItemProps}>
              <DatePicker aria-label="离开日期" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="备注" name="note">
          <Input.TextArea aria-label="备注" rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
