import { useState } from 'react';
import { App, Button, Card, InputNumber, Select, Space, Table, Tabs, Tag, Tooltip } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { MEETING_TYPES, type MeetingType } from '../../../api/meetingTypes';
import type { MeetingDetail, MeetingSummary } from '../../../api/schemas/meetings';
import { client } from '../../api';
import { navigate, useHashRoute } from '../../useHashRoute';
import { useLedgerQuery } from '../../useLedgerQuery';
import { orgPath } from '../orgs/orgTree';
import { makeUpPeriodLabel } from '../../../api/rules/makeUpPeriod';
import { ComplianceTable } from './ComplianceTable';
import { useExport } from '../../components/useExport';
import { MeetingFormDrawer } from './MeetingFormDrawer';
import { ExemptionModal } from './ExemptionModal';
import { VoidMeetingModal } from './VoidMeetingModal';

const pct = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

export default function MeetingsPage() {
  const { message } = App.useApp();
  const route = useHashRoute();
  const tab = route.params.get('tab') === 'compliance' ? 'compliance' : 'records';
  const [year, setYear] = useState(new Date().getFullYear());
  const [orgId, setOrgId] = useState<number | null>(null);
  const [type, setType] = useState<MeetingType | null>(null);
  const [form, setForm] = useState<{ open: boolean; editing?: MeetingDetail }>({ open: false });
  const orgs = useLedgerQuery('orgs.list', { includeClosed: true });
  const list = useLedgerQuery('meetings.list', { year, orgId, type });
  // The matrix is asked for only when its tab is open.
  const matrix = useLedgerQuery('meetings.compliance', { year }, { enabled: tab === 'compliance' });
  const [voiding, setVoiding] = useState<MeetingSummary | null>(null);
  const allOrgs = orgs.data ?? [];
  const exporter = useExport();
  const [exempting, setExempting] = useState(false);
  const [scope, setScope] = useState<'year' | 'Q1' | 'Q2' | 'Q3' | 'Q4'>('year');

  async function edit(id: number) {
    const r = await client.call('meetings.get', { id });
    if (r.ok) setForm({ open: true, editing: r.value });
    else message.error(r.error.message);
  }

  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate('meetings', k === 'compliance' ? { tab: k } : {})}
        items={[
          { key: 'records', label: <span data-testid="tab-records">会议记录</span> },
          { key: 'compliance', label: <span data-testid="tab-compliance">开展情况</span> },
        ]}
        tabBarExtraContent={
          <Space>
            <span>
              年度 <InputNumber data-testid="meetings-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
            </span>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true })} data-testid="meeting-add">
              记录会议
            </Button>
          </Space>
        }
      />
      {tab === 'records' ? (
        <>
          <Space style={{ marginBottom: 12 }}>
            <Select
              allowClear
              placeholder="组织"
              style={{ width: 260 }}
              value={orgId}
              onChange={(v) => setOrgId(v ?? null)}
              options={allOrgs.map((o) => ({ value: o.id, label: orgPath(allOrgs, o.id) }))}
            />
            <Select
              allowClear
              placeholder="会议类型"
              style={{ width: 160 }}
              value={type}
              onChange={(v) => setType(v ?? null)}
              options={MEETING_TYPES.map((t) => ({ value: t, label: t }))}
            />
            <Button
              disabled={!orgId}
              title={orgId ? undefined : '请先选择组织'}
              loading={exporter.busy === 'book'}
              onClick={() => orgId && exporter.run('book', () => client.call('reports.meetingBook', { orgId, year }))}
            >
              导出{year}年记录本
            </Button>
          </Space>
          <Table<MeetingSummary>
            data-testid="meeting-table"
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={list.data}
            locale={{ emptyText: `${year}年还没有会议记录` }}
            columns={[
              { title: '日期', dataIndex: 'heldOn', width: 110 },
              { title: '组织', dataIndex: 'orgName', width: 160 },
              {
                title: '类型',
                dataIndex: 'types',
                render: (ts: string[], r) => (
                  <>
                    {r.voidedAt && (
                      <Tooltip title={`作废原因：${r.voidReason ?? ''}`}>
                        <Tag color="volcano" data-testid={`meeting-voided-${r.id}`}>
                          作废
                        </Tag>
                      </Tooltip>
                    )}
                    {ts.map((t) => (
                      <Tag key={t}>{t}</Tag>
                    ))}
                    {r.makeUpFor && <Tag color="blue">补开{makeUpPeriodLabel(r.makeUpFor)}</Tag>}
                  </>
                ),
              },
              { title: '第几次', dataIndex: 'seq', width: 70 },
              { title: '地点', dataIndex: 'place' },
              { title: '应到/实到', width: 100, render: (_, r) => `${r.expected} / ${r.present}` },
              { title: '出勤率', width: 80, render: (_, r) => pct(r.rate) },
              {
                title: '',
                width: 120,
                render: (_, r) => (
                  <Space>
                    {!r.voidedAt && (
                      <Button size="small" type="link" onClick={() => edit(r.id)}>
                        编辑
                      </Button>
                    )}
                    {/* A voided record is kept for reference, never printed as a valid 组织生活记录. */}
                    {!r.voidedAt && (
                      <Button
                        size="small"
                        type="link"
                        loading={exporter.busy === `record-${r.id}`}
                        data-testid={`export-record-${r.id}`}
                        onClick={() => exporter.run(`record-${r.id}`, () => client.call('reports.meetingRecord', { id: r.id }))}
                      >
                        导出记录
                      </Button>
                    )}
                    {!r.voidedAt && (
                      <Button size="small" type="link" danger data-testid={`meeting-void-${r.id}`} onClick={() => setVoiding(r)}>
                        作废
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </>
      ) : (
        matrix.data && (
          <>
            <Space style={{ marginBottom: 12 }}>
              <Select
                style={{ width: 120 }}
                value={scope}
                onChange={setScope}
                options={[{ value: 'year', label: '全年' }, ...[1, 2, 3, 4].map((q) => ({ value: `Q${q}`, label: `第${q}季度` }))]}
              />
              <Button
                data-testid="export-stats"
                loading={exporter.busy === 'stats'}
                onClick={() => exporter.run('stats', () => client.call('reports.meetingStats', { year, scope }))}
              >
                导出开展情况统计表
              </Button>
              <Button onClick={() => setExempting(true)}>设置豁免</Button>
            </Space>
            <p data-testid="compliance-totals">
              {year}年：应开 {matrix.data.totals.required} 次（已到期），实开 {matrix.data.totals.held} 次；未开 {matrix.data.totals.missing} 期，本期待开{' '}
              {matrix.data.totals.due} 期。
            </p>
            {matrix.data.meetingsFrom && (
              <p data-testid="compliance-coverage" style={{ color: '#888' }}>
                三会一课自{matrix.data.meetingsFrom}（建账日期）所在的期间起计，此前的期间标为“建账前”，不计应开、未开。补录了更早的会议，可在“系统设置 →
                建账日期”往前改。
              </p>
            )}
            <ComplianceTable matrix={matrix.data} />
          </>
        )
      )}
      <ExemptionModal open={exempting} orgs={allOrgs} year={year} onClose={() => setExempting(false)} />
      <MeetingFormDrawer open={form.open} editing={form.editing} orgs={allOrgs} onClose={() => setForm({ open: false })} />
      <VoidMeetingModal meeting={voiding} onClose={() => setVoiding(null)} />
    </Card>
  );
}
