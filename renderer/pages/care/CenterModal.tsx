import { useEffect } from 'react';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import type { CenterInput, CenterRow } from '../../../api/schemas/care';
import { todayIso } from '../../../api/rules/dates';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { MemberSelect } from './MemberSelect';

type Values = Omit<CenterInput, 'id'>;

/** 设立党员中心户 or edit one (撤销日期 ends it). `editing` undefined: closed; null: a new one. */
export function CenterModal({ editing, onClose }: { editing: CenterRow | null | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useLedgerMutation('care.saveCenter');
  const open = editing !== undefined;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(editing ?? { fromOn: todayIso() });
  }, [open, editing, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => save.call({ ...v, id: editing?.id ?? null, householdNames: v.householdNames || null, note: v.note || null }),
    (saved) => {
      message.success(`已保存党员中心户${saved.name}`);
      onClose();
    },
  );
  return (
    <Modal open={open} title={editing ? `编辑党员中心户${editing.name}` : '设立党员中心户'} okText="保存" okButtonProps={{ 'data-testid': 'care-center-save' } as React.ComponentProps<typeof Button>} onOk={submit} confirmLoading={busy} onCancel={onClose} destroyOnHidden width={600}>
      <Form form={form} layout="vertical" data-testid="care-center-form">
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="党员" name="memberId" rules={[{ required: true, message: '请选择党员' }]}>
              <MemberSelect initialLabel={editing ? `${editing.name}（${editing.branchName}）` : undefined} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="楼栋" name="building" rules={[{ required: true, whitespace: true, message: '请填写楼栋' }]}>
              <Input aria-label="楼栋" placeholder="如 3号楼" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="联系户数" name="households" rules={[{ required: true, message: '请填写联系户数' }]}>
              <InputNumber aria-label="联系户数" min={0} max={999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="联系户名单" name="householdNames" extra="如 3-101 张家、3-102 李家，用顿号分隔">
              <Input.TextArea aria-label="联系户名单" rows={2} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="设立日期" name="fromOn" rules={[{ required: true, message: '请选择设立日期' }]} {...dateItemProps}>
              <DatePicker aria-label="设立日期" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="撤销日期" name="toOn" {...dateItemProps}>
              <DatePicker aria-label="撤销日期" style={{ width: '100%' }} />
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
