import { useLayoutEffect } from 'react';
import { App, Button, Col, Form, InputNumber, Modal, Row } from 'antd';
import type { CenterInput, CenterRow } from '../../../api/schemas/care';
import { todayIso } from '../../../api/rules/dates';
import { fillIn } from '../../../api/vocab/messages';
import { DateItem, TextItem } from '../../components/FormItems';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { MemberSelect } from './MemberSelect';

type Values = Omit<CenterInput, 'id'>;

/** 设立党员中心户 or edit one (撤销日期 ends it). `editing` undefined: closed; null: a new one. */
export function CenterModal({ editing, onClose }: { editing: CenterRow | null | undefined; onClose: () => void }) {
  const save = useLedgerMutation('care.saveCenter');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // Defaults at each opening, set before the browser handles any input (a layout effect).
  useLayoutEffect(() => {
    if (editing === undefined) return;
    form.resetFields();
    form.setFieldsValue(editing ?? { fromOn: todayIso() });
  }, [editing, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => save.call({ ...v, id: editing?.id ?? null, householdNames: v.householdNames || null, note: v.note || null }),
    (saved) => {
      message.success(`已保存党员中心户${saved.name}`);
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
      title={editing ? `编辑党员中心户${editing.name}` : '设立党员中心户'}
      okButtonProps={{ 'data-testid': 'care-center-save' } as React.ComponentProps<typeof Button>}
      width={600}
    >
      <Form form={form} layout="vertical" data-testid="care-center-form">
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="党员" name="memberId" rules={[{ required: true, message: '请选择党员' }]}>
              <MemberSelect initialLabel={editing ? `${editing.name}（${editing.branchName}）` : undefined} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <TextItem label="楼栋" name="building" required placeholder="如 3号楼" />
          </Col>
          <Col span={6}>
            <Form.Item label="联系户数" name="households" rules={[{ required: true, message: fillIn('联系户数') }]}>
              <InputNumber aria-label="联系户数" min={0} max={999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <TextItem label="联系户名单" name="householdNames" rows={2} extra="如 3-101 张家、3-102 李家，用顿号分隔" />
          </Col>
          <Col span={12}>
            <DateItem label="设立日期" name="fromOn" required />
          </Col>
          <Col span={12}>
            <DateItem label="撤销日期" name="toOn" />
          </Col>
        </Row>
        <TextItem label="备注" name="note" rows={2} />
      </Form>
    </Modal>
  );
}
