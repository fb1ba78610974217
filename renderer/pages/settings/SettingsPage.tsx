import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input } from 'antd';
import type { Settings } from '../../../api/schemas/settings';
import { client } from '../../api';
import { showFieldError } from '../../components/formErrors';
import { useCall } from '../../useCall';
import { MeetingRulesCard } from './MeetingRulesCard';
import { DualThresholdsCard } from './DualThresholdsCard';
import { BackupsCard } from './BackupsCard';
import { AuditCard } from './AuditCard';
import { LockCard } from './LockCard';
import { SampleCard } from './SampleCard';

export default function SettingsPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Settings>();
  const settings = useCall('settings.get', {});
  const info = useCall('app.info', {});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  async function save(values: Settings) {
    setSaving(true);
    const result = await client.call('settings.save', values);
    setSaving(false);
    if (result.ok) {
      message.success('已保存');
      form.setFieldsValue(result.value);
    } else if (!showFieldError(form, result.error)) message.error(result.error.message);
  }

  return (
    <div style={{ maxWidth: 760 }}>
      <Card title="单位信息" style={{ marginBottom: 16 }}>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="各类上报表格的“填报单位”“填报人”“审核人”“联系电话”都取自这里。" />
        <Form form={form} layout="horizontal" labelCol={{ span: 5 }} wrapperCol={{ span: 16 }} onFinish={save} name="settings">
          <Form.Item label="社区名称" name="communityName" rules={[{ max: 60 }]}>
            <Input placeholder="例如：幸福里社区党委" />
          </Form.Item>
          <Form.Item label="所属街道" name="streetName" rules={[{ max: 60 }]}>
            <Input placeholder="例如：和平街道党工委" />
          </Form.Item>
          <Form.Item label="填报人" name="preparer">
            <Input />
          </Form.Item>
          <Form.Item label="审核人" name="reviewer">
            <Input />
          </Form.Item>
          <Form.Item label="联系电话" name="phone">
            <Input />
          </Form.Item>
          <Form.Item label="当前操作人" name="operator" extra="记入操作日志；设置启动密码后以解锁时填写的姓名为准">
            <Input />
          </Form.Item>
          <Form.Item wrapperCol={{ offset: 5 }}>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="settings-save">
              保存设置
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <SampleCard />
      <BackupsCard />
      <LockCard />
      <AuditCard />
      <MeetingRulesCard />
      <DualThresholdsCard />
      <Card title="数据">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="数据文件夹">{info.data?.dataDir}</Descriptions.Item>
          <Descriptions.Item label="数据文件">{info.data?.databaseFile}</Descriptions.Item>
          <Descriptions.Item label="运行方式">{info.data?.mode === 'desktop' ? '桌面程序' : '浏览器模式'}</Descriptions.Item>
          <Descriptions.Item label="版本">{info.data?.version}</Descriptions.Item>
        </Descriptions>
      </Card>
    </div>
  );
}
