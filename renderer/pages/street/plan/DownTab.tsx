import { useState } from 'react';
import { Alert, App, Button, DatePicker, Select, Space, Table } from 'antd';
import type { StreetPlanRow } from '../../../../api/schemas/streetPlan';
import { DEV_QUOTA_KEYS, DEV_QUOTA_LABEL } from '../../../../api/streetPlanKeys';
import { client } from '../../../api';
import { useExport } from '../../../components/useExport';
import { useLedgerMutation } from '../../../useLedgerMutation';
import { useLedgerQuery } from '../../../useLedgerQuery';
import { periodLabel, quarterLabel } from '../period';
import { QuotaModal } from './QuotaModal';

/**
 * 计划与下发: each community's 发展计划 for the year, the 报送 deadlines of the year's periods, and the 下发文件 —
 * one community's (.json) or every open community's at once (.zip). Making a file gives a community its 接入码.
 */
export function DownTab({ year }: { year: number }) {
  const { message } = App.useApp();
  const plan = useLedgerQuery('street.plan', { year });
  const setDeadline = useLedgerMutation('street.setDeadline');
  const exporter = useExport();
  const [editing, setEditing] = useState<StreetPlanRow | undefined>(undefined);
  const [quarter, setQuarter] = useState<number>(0);
  const [dueOn, setDueOn] = useState<string | null>(null);
  if (plan.error) return <Alert type="error" showIcon title={plan.error.message} />;
  async function saveDeadline() {
    if (!dueOn) return void message.error('请选择截止日期');
    const r = await setDeadline.call({ year, quarter: quarter || null, dueOn });
    if (r.ok) message.success(`已设置${periodLabel({ year, quarter: quarter || null })}上报包截止日期`);
    else message.error(r.error.message);
  }
  const exportFile = (communityId: number | null) =>
    exporter.run(`file-${communityId ?? 'all'}`, () => client.call('street.exportDownFile', { year, communityId }));
  const rows = (plan.data?.rows ?? []).filter((r) => !r.closedOn);
  return (
    <div data-testid="street-plan-down">
      <h4>报送截止日期（{year}年，各社区相同）</h4>
      <Space style={{ marginBottom: 8 }} wrap>
        <Select
          aria-label="报送期间"
          data-testid="street-deadline-period"
          style={{ width: 170 }}
          value={quarter}
          onChange={setQuarter}
          options={[{ value: 0, label: '年度上报包' }, ...[1, 2, 3, 4].map((q) => ({ value: q, label: `${quarterLabel(q)}上报包` }))]}
        />
        <DatePicker aria-label="截止日期" data-testid="street-deadline-date" onChange={(_, text) => setDueOn(typeof text === 'string' && text ? text : null)} />
        <Button data-testid="street-deadline-save" loading={setDeadline.busy} onClick={() => void saveDeadline()}>
          保存截止日期
        </Button>
      </Space>
      <Table
        data-testid="street-deadlines"
        size="small"
        rowKey={(d) => String(d.quarter)}
        pagination={false}
        style={{ maxWidth: 720, marginBottom: 24 }}
        dataSource={plan.data?.deadlines ?? []}
        locale={{ emptyText: '尚未设置报送截止日期' }}
        columns={[
          { title: '期间', render: (_, d) => `${periodLabel({ year: d.year, quarter: d.quarter })}上报包` },
          { title: '截止日期', dataIndex: 'dueOn' },
          {
            title: '逾期未报送',
            render: (_, d) => (
              <span data-testid={`street-deadline-missing-${d.quarter ?? 0}`} style={{ color: d.missing.length ? '#cf1322' : undefined }}>
                {d.missing.length ? d.missing.map((m) => m.name).join('、') : '—'}
              </span>
            ),
          },
        ]}
      />
      <div style={{ display: 'flex', alignItems: 'center', marginBottom: 8 }}>
        <h4 style={{ margin: 0, flex: 1 }}>{year}年发展计划与下发文件</h4>
        <Button type="primary" data-testid="street-file-all" loading={exporter.busy === 'file-all'} onClick={() => exportFile(null)}>
          生成全部社区的下发文件
        </Button>
      </div>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 8 }}
        title="下发文件含社区标识、接入码、街道名称、本年度发展计划和报送截止日期。社区在其“系统设置 → 街道下发文件”中导入；计划或期限改动后重新生成并下发即可，社区导入较新的文件会更新。"
      />
      <Table<StreetPlanRow>
        data-testid="street-quotas"
        size="small"
        rowKey="communityId"
        loading={!plan.data}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '还没有社区：请先在“社区”页添加' }}
        onRow={(r) => ({ 'data-testid': `street-quota-row-${r.community}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '社区', dataIndex: 'community', width: 180 },
          ...DEV_QUOTA_KEYS.map((k) => ({
            title: DEV_QUOTA_LABEL[k],
            align: 'right' as const,
            render: (_: unknown, r: StreetPlanRow) => (r.quota ? r.quota[k] : '—'),
          })),
          {
            title: '',
            width: 230,
            render: (_, r) => (
              <Space>
                <a data-testid={`street-quota-edit-${r.community}`} onClick={() => setEditing(r)}>
                  下达计划
                </a>
                <a data-testid={`street-file-${r.community}`} onClick={() => exportFile(r.communityId)}>
                  生成下发文件
                </a>
              </Space>
            ),
          },
        ]}
      />
      <QuotaModal year={year} editing={editing} onClose={() => setEditing(undefined)} />
    </div>
  );
}
