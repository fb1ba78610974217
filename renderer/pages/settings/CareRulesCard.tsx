import { useEffect } from 'react';
import { App, Button, Card, Form, InputNumber, Space } from 'antd';
import type { CallInput } from '../../../api/contract';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/** 失联 and 老党员 thresholds of the care reminders: local rules, shipped with defaults the secretary may change. */
export function CareRulesCard() {
  const { message } = App.useApp();
  const current = useLedgerQuery('care.rules', {});
  const [form] = Form.useForm<CallInput<'care.saveRules'>>();
  useEffect(() => {
    if (current.data) form.setFieldsValue({ lostMonths: current.data.lostMonths, veteranAge: current.data.veteranAge });
  }, [current.data, form]);
  const saveRules = useLedgerMutation('care.saveRules');
  const { submit: save } = useSubmit(
    form,
    (values) => saveRules.call(values),
    () => void message.success('已保存，失联和未慰问名单按新标准列出'),
  );
  const isDefault = current.data?.isDefault;
  const tag = (on: boolean | undefined) => (on ? <span style={{ color: '#888' }}>（本地默认值）</span> : null);
  return (
    <Card title="流动与关怀提醒标准" style={{ marginBottom: 16 }} data-testid="care-rules">
      <Form form={form} layout="inline">
        <Form.Item label="失联满此月数可停止党籍" name="lostMonths" extra={tag(isDefault?.lostMonths)}>
          <InputNumber aria-label="失联月数" min={1} max={60} suffix="个月" />
        </Form.Item>
        <Form.Item label="老党员年龄（及以上）" name="veteranAge" extra={tag(isDefault?.veteranAge)}>
          <InputNumber aria-label="老党员年龄" min={50} max={100} suffix="岁" />
        </Form.Item>
        <Space>
          <Button onClick={save} data-testid="care-rules-save">
            保存标准
          </Button>
        </Space>
      </Form>
      <p style={{ color: '#888', marginTop: 8 }}>
        默认：失去联系满6个月的党员可按规定停止党籍，停止党籍满2年仍无法联系的按自行脱党除名处理；年满80岁的党员列入每年的慰问名单。以上只用于提醒和名单，党籍的任何变动都须由支部研究、报上级批准后由书记登记。
      </p>
    </Card>
  );
}
