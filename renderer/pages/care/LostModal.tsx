import { useLayoutEffect } from 'react';
import { App, Button, Form, Modal, Space } from 'antd';
import type { LostRow, LostSaveInput } from '../../../api/schemas/care';
import { DateItem, TextItem } from '../../components/FormItems';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { MemberSelect } from './MemberSelect';

type Values = Omit<LostSaveInput, 'id'>;

/** 登记失联 or edit one (恢复联系日期 ends it). `editing` undefined: closed; null: a new record. */
export function LostModal({ editing, onClose }: { editing: LostRow | null | undefined; onClose: () => void }) {
  const save = useLedgerMutation('care.saveLost');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // Defaults at each opening, set before the browser handles any input (a layout effect).
  useLayoutEffect(() => {
    if (editing === undefined) return;
    form.resetFields();
    if (editing) form.setFieldsValue(editing);
  }, [editing, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => save.call({ ...v, id: editing?.id ?? null, searchMade: v.searchMade || null, note: v.note || null }),
    (saved) => {
      message.success(saved.foundOn ? `已登记${saved.name}恢复联系` : `已登记${saved.name}失联`);
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
      title={editing ? `编辑${editing.name}的失联记录` : '登记失联党员'}
      okButtonProps={{ 'data-testid': 'care-lost-save' } as React.ComponentProps<typeof Button>}
      width={560}
    >
      <Form form={form} layout="vertical" data-testid="care-lost-form">
        <Form.Item label="党员" name="memberId" rules={[{ required: true, message: '请选择党员' }]}>
          <MemberSelect initialLabel={editing ? `${editing.name}（${editing.branchName}）` : undefined} />
        </Form.Item>
        <Space>
          <DateItem label="失联日期" name="lostOn" required extra="最后一次能联系上之后的日期" fullWidth={false} />
          <DateItem label="恢复联系日期" name="foundOn" extra="联系上后填写" fullWidth={false} />
        </Space>
        <TextItem label="查找情况" name="searchMade" rows={3} placeholder="如 多次拨打电话未接通，走访原住址、询问亲属均未找到" />
        <TextItem label="备注" name="note" rows={2} />
      </Form>
    </Modal>
  );
}
