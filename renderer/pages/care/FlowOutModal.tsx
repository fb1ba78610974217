import { useLayoutEffect } from 'react';
import { App, Button, Col, Form, Modal, Row, Select, Switch } from 'antd';
import type { FlowOutRow } from '../../../api/schemas/care';
import { FLOW_DIRECTIONS } from '../../../api/vocab/care';
import { todayIso } from '../../../api/rules/dates';
import type { CallInput } from '../../../api/contract';
import { DateItem, TextItem } from '../../components/FormItems';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { MemberSelect } from './MemberSelect';

type Values = Omit<CallInput<'care.saveFlowOut'>, 'id'>;

/** 登记流出 or edit one (a return is recorded here: 返回日期). `editing` undefined: closed; null: a new record. */
export function FlowOutModal({ editing, onClose }: { editing: FlowOutRow | null | undefined; onClose: () => void }) {
  const save = useLedgerMutation('care.saveFlowOut');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // Defaults at each opening, set before the browser handles any input (a layout effect).
  useLayoutEffect(() => {
    if (editing === undefined) return;
    form.resetFields();
    form.setFieldsValue(editing ?? { leftOn: todayIso(), joinsLifeThere: false });
  }, [editing, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) =>
      save.call({
        ...v,
        id: editing?.id ?? null,
        direction: v.direction ?? null,
        unit: v.unit || null,
        contact: v.contact || null,
        cardNo: v.cardNo || null,
        note: v.note || null,
      }),
    (saved) => {
      message.success(saved.returnedOn ? `已登记${saved.name}于${saved.returnedOn}返回` : `已登记${saved.name}流出`);
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
      title={editing ? `编辑${editing.name}的流出记录` : '登记流出党员'}
      okButtonProps={{ 'data-testid': 'care-flow-save' } as React.ComponentProps<typeof Button>}
      width={640}
    >
      <Form form={form} layout="vertical" data-testid="care-flow-form">
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="党员" name="memberId" rules={[{ required: true, message: '请选择党员' }]}>
              <MemberSelect initialLabel={editing ? `${editing.name}（${editing.branchName}）` : undefined} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <DateItem label="外出日期" name="leftOn" required />
          </Col>
          <Col span={12}>
            <TextItem label="流向地点" name="place" required placeholder="如 广东省深圳市南山区" />
          </Col>
          <Col span={12}>
            <Form.Item label="流向" name="direction" extra="党内统计按流向（市内、省内、省外）统计流出党员">
              <Select
                aria-label="流向"
                data-testid="care-flow-direction"
                allowClear
                placeholder="相对本社区所在市、省"
                options={FLOW_DIRECTIONS.map((d) => ({ value: d, label: d }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <TextItem label="流入单位" name="unit" />
          </Col>
          <Col span={12}>
            <TextItem label="联系电话" name="contact" />
          </Col>
          <Col span={12}>
            <TextItem label="流动党员活动证编号" name="cardNo" />
          </Col>
          <Col span={12}>
            <Form.Item label="参加流入地组织生活" name="joinsLifeThere" valuePropName="checked">
              <Switch aria-label="参加流入地组织生活" checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <DateItem label="返回日期" name="returnedOn" extra="返回后填写；当天起不再计为流出" />
          </Col>
        </Row>
        <TextItem label="备注" name="note" rows={2} />
      </Form>
    </Modal>
  );
}
