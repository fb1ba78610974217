import { useLayoutEffect } from 'react';
import { App, Button, Col, Form, Modal, Radio, Row } from 'antd';
import { GENDERS } from '../../../api/enums';
import type { FlowInInput, FlowInRow } from '../../../api/schemas/care';
import { todayIso } from '../../../api/rules/dates';
import { DateItem, TextItem } from '../../components/FormItems';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { BranchField } from './BranchField';

type Values = Omit<FlowInInput, 'id'>;

/** 登记流入 or edit one (离开日期 ends it). `editing` undefined: closed; null: a new person. */
export function FlowInModal({ editing, onClose }: { editing: FlowInRow | null | undefined; onClose: () => void }) {
  const save = useLedgerMutation('care.saveFlowIn');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // Defaults at each opening, set before the browser handles any input (a layout effect).
  useLayoutEffect(() => {
    if (editing === undefined) return;
    form.resetFields();
    form.setFieldsValue(editing ?? { arrivedOn: todayIso(), gender: '男' });
  }, [editing, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => save.call({ ...v, id: editing?.id ?? null, phone: v.phone || null, note: v.note || null }),
    (saved) => {
      message.success(`已保存流入党员${saved.name}`);
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
      title={editing ? `编辑流入党员${editing.name}` : '登记流入党员'}
      okButtonProps={{ 'data-testid': 'care-flowin-save' } as React.ComponentProps<typeof Button>}
      width={640}
    >
      <Form form={form} layout="vertical" data-testid="care-flowin-form">
        <Row gutter={12}>
          <Col span={8}>
            <TextItem label="姓名" name="name" required />
          </Col>
          <Col span={8}>
            <Form.Item label="性别" name="gender" rules={[{ required: true, message: '请选择性别' }]}>
              <Radio.Group options={GENDERS.map((g) => ({ value: g, label: g }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <TextItem label="联系电话" name="phone" />
          </Col>
          <Col span={12}>
            <TextItem label="来自" name="fromPlace" required message="请填写来自何地" placeholder="如 河南省周口市" />
          </Col>
          <Col span={12}>
            <TextItem label="组织关系所在党组织" name="homeOrg" required />
          </Col>
          <Col span={24}>
            <Form.Item label="参加活动的党支部" name="orgId" rules={[{ required: true, message: '请选择参加活动的党支部' }]}>
              <BranchField />
            </Form.Item>
          </Col>
          <Col span={12}>
            <DateItem label="流入日期" name="arrivedOn" required />
          </Col>
          <Col span={12}>
            <DateItem label="离开日期" name="leftOn" />
          </Col>
        </Row>
        <TextItem label="备注" name="note" rows={2} />
      </Form>
    </Modal>
  );
}
