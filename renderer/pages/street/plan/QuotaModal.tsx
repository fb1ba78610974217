import { useLayoutEffect } from 'react';
import { App, Button, Form, InputNumber, Modal } from 'antd';
import type { DevQuota, StreetPlanRow } from '../../../../api/schemas/streetPlan';
import { DEV_QUOTA_KEYS, DEV_QUOTA_LABEL } from '../../../../api/streetPlanKeys';
import { useSubmit } from '../../../components/useSubmit';
import { useLedgerMutation } from '../../../useLedgerMutation';

/** 下达发展计划 for one community and year: four counts. */
export function QuotaModal({ year, editing, onClose }: { year: number; editing: StreetPlanRow | undefined; onClose: () => void }) {
  const save = useLedgerMutation('street.setQuota');
  const { message } = App.useApp();
  const [form] = Form.useForm<DevQuota>();
  // Defaults at each opening, set before the browser handles any input (a layout effect).
  useLayoutEffect(() => {
    if (editing === undefined) return;
    form.resetFields();
    form.setFieldsValue(editing.quota ?? { applied: 0, activists: 0, candidates: 0, admitted: 0 });
  }, [editing, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => save.call({ communityId: editing!.communityId, year, ...v }),
    () => {
      message.success(`已保存${editing?.community ?? ''}${year}年发展计划`);
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
      title={`${editing?.community ?? ''}${year}年发展计划`}
      okButtonProps={{ 'data-testid': 'street-quota-save' } as React.ComponentProps<typeof Button>}
      width={420}
    >
      <Form form={form} layout="horizontal" labelCol={{ span: 9 }} data-testid="street-quota-form">
        {DEV_QUOTA_KEYS.map((k) => (
          <Form.Item key={k} label={`${DEV_QUOTA_LABEL[k]}（名）`} name={k} rules={[{ required: true, message: `请填写${DEV_QUOTA_LABEL[k]}计划` }]}>
            <InputNumber aria-label={DEV_QUOTA_LABEL[k]} min={0} max={100000} precision={0} data-testid={`street-quota-${k}`} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
