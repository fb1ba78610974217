import { useEffect } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input } from 'antd';
import type { CallInput } from '../../../api/contract';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { MeetingRulesCard } from './MeetingRulesCard';
import { DualThresholdsCard } from './DualThresholdsCard';
import { DevPublicityCard } from './DevPublicityCard';
import { CareRulesCard } from './CareRulesCard';
import { FlowHomeCard } from './FlowHomeCard';
import { BackupsCard } from './BackupsCard';
import { AuditCard } from './AuditCard';
import { LockCard } from './LockCard';
import { SampleCard } from './SampleCard';
import { LedgerKindCard } from './LedgerKindCard';
import { LedgerStartCard } from './LedgerStartCard';
import { StreetFileCard } from './StreetFileCard';

export default function SettingsPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<CallInput<'settings.save'>>();
  const settings = useLedgerQuery('settings.get', {});
  const info = useLedgerQuery('app.info', {});
  const saveSettings = useLedgerMutation('settings.save');
  // A street ledger keeps no roster: its name is the 街道名称, and the community's rules are not its own.
  const street = useLedgerQuery('street.kind', {}).data?.kind === '街道';
  // The saved settings come back through the refetch of settings.get (the shell's name too).
  const { submit: save, busy } = useSubmit(
    form,
    (values) => saveSettings.call(values),
    () => void message.success('已保存'),
  );

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  return (
    <div style={{ maxWidth: 760 }}>
      <Card title="单位信息" style={{ marginBottom: 16 }}>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="各类上报表格的“填报单位”“填报人”“审核人”“联系电话”都取自这里。" />
        <Form form={form} layout="horizontal" labelCol={{ span: 5 }} wrapperCol={{ span: 16 }} onFinish={save} name="settings">
          <Form.Item label="社区名称" name="communityName" rules={[{ max: 60 }]} hidden={street}>
            <Input placeholder="例如：幸福里社区党委" />
          </Form.Item>
          <Form.Item
            label={street ? '街道名称' : '所属街道'}
            name="streetName"
            rules={[{ max: 60 }]}
            extra={street ? '各社区在系统设置中填写的“所属街道”须与此一致，否则其上报包不能导入' : '生成上报包时写入，街道据此核对'}
          >
            <Input placeholder="例如：和平街道党工委" />
          </Form.Item>
          <Form.Item
            label="接入码"
            name="accessCode"
            hidden={street}
            extra="街道在其“社区”页发给本社区的接入码，粘贴或输入一次即可；此后生成的上报包都用它签名，街道据此确认上报包出自本社区且未被改动"
          >
            <Input placeholder="例如：K7QD-3M9X-…（20位）" data-testid="settings-access-code" autoComplete="off" />
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
            <Button type="primary" htmlType="submit" loading={busy} data-testid="settings-save">
              保存设置
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {!street && <StreetFileCard />}
      <LedgerKindCard />
      {!street && <LedgerStartCard />}
      {!street && <SampleCard />}
      <BackupsCard />
      <LockCard />
      <AuditCard />
      {!street && (
        <>
          <MeetingRulesCard />
          <DualThresholdsCard />
          <DevPublicityCard />
          <CareRulesCard />
          <FlowHomeCard />
        </>
      )}
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
