import { useState } from 'react';
import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Modal, Space, Table } from 'antd';
import { PERSON_STAGES } from '../../../api/development';
import type { DevPlanRow } from '../../../api/schemas/development';
import type { CallInput } from '../../../api/contract';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { BranchSelect } from '../dues/BranchSelect';

type Values = Omit<CallInput<'development.savePlan'>, 'year'>;

/** 发展计划: the street's yearly quota (for the community, or per branch) and the count against it. */
export function PlanTab() {
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear());
  const plan = useLedgerQuery('development.plan', { year });
  const save = useLedgerMutation('development.savePlan');
  const exporter = useExport();
  const [editing, setEditing] = useState<Values | null>(null);
  const [form] = Form.useForm<Values>();
  const { submit, busy } = useSubmit(
    form,
    (v) => save.call({ year, orgId: v.orgId ?? null, quota: v.quota, note: v.note ?? null }),
    () => {
      message.success('发展计划已保存');
      setEditing(null);
    },
  );
  const d = plan.data;
  const open = (v: Values) => {
    form.resetFields();
    form.setFieldsValue(v);
    setEditing(v);
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16}>
      <Space wrap>
        <span>
          年度 <InputNumber data-testid="dev-plan-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        </span>
        <Button type="primary" data-testid="dev-plan-add" disabled={d?.closed} onClick={() => open({ orgId: null, quota: 0, note: null })}>
          录入发展计划
        </Button>
        <Button
          data-testid="dev-export-stats"
          loading={exporter.busy !== null}
          onClick={() => exporter.run('stats', () => client.call('reports.devStats', { year }))}
        >
          导出统计表
        </Button>
      </Space>
      {d?.closed && <Alert type="info" showIcon title={`${year}年度已封账，发展计划只读。`} />}
      {d && (
        <Descriptions size="small" bordered column={4} data-testid="dev-plan-summary">
          <Descriptions.Item label="计划名额">{d.quota}</Descriptions.Item>
          <Descriptions.Item label="已接收预备党员">{d.counts.admitted}</Descriptions.Item>
          <Descriptions.Item label="完成率">{d.quota ? `${Math.round((d.counts.admitted / d.quota) * 1000) / 10}%` : '—'}</Descriptions.Item>
          <Descriptions.Item label="本年转正">{d.counts.regular}</Descriptions.Item>
          <Descriptions.Item label="本年申请入党">{d.counts.applied}</Descriptions.Item>
          <Descriptions.Item label="本年确定积极分子">{d.counts.activists}</Descriptions.Item>
          <Descriptions.Item label="本年确定发展对象">{d.counts.candidates}</Descriptions.Item>
          <Descriptions.Item label="本年退出">{d.counts.left}</Descriptions.Item>
          {PERSON_STAGES.filter((s) => s !== '已转正').map((s) => (
            <Descriptions.Item key={s} label={`现有${s}`}>
              {d.byStage[s]}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      <Table<DevPlanRow>
        data-testid="dev-plan-table"
        rowKey={(r) => String(r.orgId)}
        size="small"
        pagination={false}
        dataSource={d?.plans ?? []}
        locale={{ emptyText: `${year}年尚未录入街道下达的发展计划` }}
        columns={[
          { title: '党组织', dataIndex: 'orgName' },
          { title: '计划名额', dataIndex: 'quota', width: 100 },
          { title: '备注', dataIndex: 'note', render: (v: string | null) => v ?? '—' },
          { title: '', width: 80, render: (_, r) => (d?.closed ? null : <a onClick={() => open({ orgId: r.orgId, quota: r.quota, note: r.note })}>修改</a>) },
        ]}
      />
      <Modal
        open={editing !== null}
        title={`${year}年发展计划`}
        okText="保存"
        onOk={submit}
        confirmLoading={busy}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'dev-plan-save' } as React.ComponentProps<typeof Button>}
      >
        <Form form={form} layout="vertical">
          <Form.Item label="党组织" name="orgId" extra="不选则为全社区的计划名额">
            <BranchSelect allowAll value={null} onChange={() => undefined} />
          </Form.Item>
          <Form.Item label="计划名额" name="quota" rules={[{ required: true, message: '请填写计划名额' }]}>
            <InputNumber aria-label="计划名额" min={0} precision={0} />
          </Form.Item>
          <Form.Item label="备注" name="note">
            <Input aria-label="备注" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
