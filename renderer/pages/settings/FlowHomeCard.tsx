import { useEffect } from 'react';
import { App, Button, Card, Form, Input } from 'antd';
import type { CallInput } from '../../../api/contract';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/** The community's 省 and 市: a 流动党员's 流向地点 is read against them as 市内, 省内 or 省外 (api/rules/flowDirection.ts). */
export function FlowHomeCard() {
  const { message } = App.useApp();
  const current = useLedgerQuery('care.flowHome', {});
  const [form] = Form.useForm<CallInput<'care.saveFlowHome'>>();
  useEffect(() => {
    if (current.data) form.setFieldsValue(current.data);
  }, [current.data, form]);
  const saveHome = useLedgerMutation('care.saveFlowHome');
  const { submit: save } = useSubmit(
    form,
    (values) => saveHome.call(values),
    () => void message.success('已保存，流动党员的流向按新的所在地判定'),
  );
  return (
    <Card title="流动党员流向判定" style={{ marginBottom: 16 }} data-testid="flow-home">
      <Form form={form} layout="inline">
        <Form.Item label="本社区所在省份" name="province">
          <Input aria-label="所在省份" placeholder="如：浙江省" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="所在城市" name="city">
          <Input aria-label="所在城市" placeholder="如：杭州市" style={{ width: 140 }} />
        </Form.Item>
        <Button onClick={save} data-testid="flow-home-save">
          保存
        </Button>
      </Form>
      <p style={{ color: '#888', marginTop: 8 }}>
        上报包中的流动党员按流向地点（流入党员按“来自”）判定：含本市为市内，含本省为省内，含其他省、自治区、直辖市为省外；只写区县或未填所在地的为未定，请在流向地点中写明省市。
      </p>
    </Card>
  );
}
