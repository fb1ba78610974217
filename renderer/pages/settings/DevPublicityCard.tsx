import { useEffect } from 'react';
import { App, Button, Card, Form, InputNumber, Space } from 'antd';
import { DEFAULT_PUBLICITY_DAYS } from '../../../api/development';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/**
 * 发展对象 公示期: the 细则 leaves the length to local rules; the shipped value is a local
 * default (5 working days), and an empty field goes back to it.
 */
export function DevPublicityCard() {
  const { message } = App.useApp();
  const settings = useLedgerQuery('settings.get', {});
  const [form] = Form.useForm<{ devPublicityDays: number | null }>();
  useEffect(() => {
    if (settings.data) form.setFieldsValue({ devPublicityDays: settings.data.devPublicityDays });
  }, [settings.data, form]);
  const saveSettings = useLedgerMutation('settings.save');
  const { submit: save, busy } = useSubmit(
    form,
    (v) => saveSettings.call({ ...settings.data!, devPublicityDays: v.devPublicityDays ?? null }),
    () => void message.success('已保存'),
  );
  return (
    <Card title="发展党员" style={{ marginBottom: 16 }}>
      <Form form={form} layout="inline">
        <Form.Item label="发展对象公示期（工作日）" name="devPublicityDays">
          <InputNumber aria-label="公示期" min={1} max={30} precision={0} placeholder={String(DEFAULT_PUBLICITY_DAYS)} data-testid="settings-dev-publicity" />
        </Form.Item>
        <Space>
          <Button onClick={save} loading={busy} disabled={!settings.data}>
            保存
          </Button>
        </Space>
      </Form>
      <p style={{ color: '#888', marginTop: 8 }}>
        本地默认值：{DEFAULT_PUBLICITY_DAYS}
        个工作日（周一至周五计，节假日请自行顺延）。留空即按本地默认值；可按街道或上级党委的要求修改。记录“支部委员会审查并公示”时按此检查公示期。
      </p>
    </Card>
  );
}
