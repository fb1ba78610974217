import { useEffect } from 'react';
import { App, Button, Col, DatePicker, Form, Input, Modal, Row, Switch } from 'antd';
import type { FlowOutRow } from '../../../api/schemas/care';
import { todayIso } from '../../../api/rules/dates';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { MemberSelect } from './MemberSelect';

interface Values {
  memberId: number;
  leftOn: string;
  place: string;
  unit: string | null;
  contact: string | null;
  cardNo: string | null;
  joinsLifeThere: boolean;
  returnedOn: string | null;
  note: string | null;
}

/** 登记流出 or edit one (a return is recorded here: 返回日期). `editing` undefined: closed; null: a new record. */
export function FlowOutModal({ editing, onClose }: { editing: FlowOutRow | null | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useLedgerMutation('care.saveFlowOut');
  const open = editing !== undefined;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(editing ?? { leftOn: todayIso(), joinsLifeThere: false });
  }, [open, editing, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => save.call({ ...v, id: editing?.id ?? null, unit: v.unit || null, contact: v.contact || null, cardNo: v.cardNo || null, note: v.note || null }),
    (saved) => {
      message.success(saved.returnedOn ? `已登记${saved.name}于${saved.returnedOn}返回` : `已登记${saved.name}流出`);
      onClose();
    },
  );
  return (
    <Modal open={open} title={editing ? `编辑${editing.name}的流出记录` : '登记流出党员'} okText="保存" okButtonProps={{ 'data-testid': 'care-flow-save' } as React.ComponentProps<typeof Button>} onOk={submit} confirmLoading={busy} onCancel={onClose} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" data-testid="care-flow-form">
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="党员" name="memberId" rules={[{ required: true, message: '请选择党员' }]}>
              <MemberSelect initialLabel={editing ? `${editing.name}（${editing.branchName}）` : undefined} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="外出日期" name="leftOn" rules={[{ required: true, message: '请选择外出日期' }]} {...dateItemProps}>
              <DatePicker aria-label="外出日期" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="流向地点" name="place" rules={[{ required: true, whitespace: true, message: '请填写流向地点' }]}>
              <Input aria-label="流向地点" placeholder="如 广东省深圳市南山区" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="流入单位" name="unit">
              <Input aria-label="流入单位" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="联系电话" name="contact">
              <Input aria-label="联系电话" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="流动党员活动证编号" name="cardNo">
              <Input aria-label="流动党员活动证编号" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="参加流入地组织生活" name="joinsLifeThere" valuePropName="checked">
              <Switch aria-label="参加流入地组织生活" checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="返回日期" name="returnedOn" extra="返回后填写；当天起不再计为流出" {...dateItemProps}>
              <DatePicker aria-label="返回日期" style={{ width: '100%' }} />
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
