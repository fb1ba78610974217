import { useLayoutEffect } from 'react';
import { App, Button, Form, Modal, Select } from 'antd';
import type { StreetCommunity } from '../../../api/schemas/street';
import { todayIso } from '../../../api/rules/dates';
import type { CallInput } from '../../../api/contract';
import { DateItem } from '../../components/FormItems';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';

/** Two records of one community: `merging`'s packages move to the one picked, `merging` closes on the date. Nothing is deleted. */
export function MergeCommunityModal({ merging, others, onClose }: { merging: StreetCommunity | undefined; others: StreetCommunity[]; onClose: () => void }) {
  const merge = useLedgerMutation('street.mergeCommunities');
  const { message } = App.useApp();
  const [form] = Form.useForm<Omit<CallInput<'street.mergeCommunities'>, 'fromId'>>();
  // Defaults at each opening, set before the browser handles any input (a layout effect).
  useLayoutEffect(() => {
    if (merging === undefined) return;
    form.resetFields();
    form.setFieldsValue({ on: todayIso() });
  }, [merging, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => merge.call({ fromId: merging!.id, intoId: v.intoId, on: v.on }),
    (saved) => {
      message.success(`已并入“${saved.name}”`);
      onClose();
    },
  );
  return (
    <Modal
      open={merging !== undefined}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      title={`合并社区记录“${merging?.name ?? ''}”`}
      okText="合并"
      okButtonProps={{ 'data-testid': 'street-merge-ok' } as React.ComponentProps<typeof Button>}
      width={460}
    >
      <p style={{ color: '#888' }}>
        用于同一个社区在街道这里有两条记录时：本记录的上报包转到保留的记录，同一期间以较晚生成的为准；本记录保留并注明已并入，不删除任何数据。
      </p>
      <Form form={form} layout="vertical">
        <Form.Item label="并入（保留的记录）" name="intoId" rules={[{ required: true, message: '请选择保留的社区记录' }]}>
          <Select
            aria-label="并入（保留的记录）"
            data-testid="street-merge-into"
            options={others.filter((c) => c.id !== merging?.id && !c.closedOn).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <DateItem label="合并日期" name="on" required />
      </Form>
    </Modal>
  );
}
