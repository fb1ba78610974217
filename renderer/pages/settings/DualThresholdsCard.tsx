import { useEffect } from 'react';
import { App, Button, Card, Form, InputNumber, Select, Space } from 'antd';
import type { CallInput } from '../../../api/contract';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/** 在职党员 社区评价 standard: local practice differs (≥4 activities, or ≥50 hours). */
export function DualThresholdsCard() {
  const { message } = App.useApp();
  const current = useLedgerQuery('dual.thresholds', {});
  const [form] = Form.useForm<CallInput<'dual.saveThresholds'>>();
  useEffect(() => {
    if (current.data) form.setFieldsValue(current.data);
  }, [current.data, form]);
  const saveThresholds = useLedgerMutation('dual.saveThresholds');
  const { submit: save } = useSubmit(
    form,
    (values) => saveThresholds.call(values),
    () => void message.success('已保存'),
  );

  return (
    <Card title="双报到评价标准" style={{ marginBottom: 16 }}>
      <Form form={form} layout="inline">
        <Form.Item label="依据" name="basis">
          <Select
            style={{ width: 140 }}
            options={[
              { value: 'activities', label: '参加活动次数' },
              { value: 'hours', label: '服务时长（小时）' },
            ]}
          />
        </Form.Item>
        <Form.Item label="合格不少于" name="pass">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item label="优秀不少于" name="excellent">
          <InputNumber min={0} />
        </Form.Item>
        <Space>
          <Button onClick={save}>保存标准</Button>
        </Space>
      </Form>
      <p style={{ color: '#888', marginTop: 8 }}>
        默认：每年参加活动不少于4次为合格、不少于8次为优秀（本地默认，可按街道要求修改）。系统给出建议等次，书记可逐人调整并写明理由。
      </p>
    </Card>
  );
}
