import { useState } from 'react';
import { Select, Table } from 'antd';
import type { BranchMeetingRow, MeetingFigures } from '../../../api/schemas/street';
import { useLedgerQuery } from '../../useLedgerQuery';
import { MeasureView } from './MeasureView';
import { count, percent, type Period } from './period';

// The street form's columns (excel/forms/streetForms.ts), so the screen reads like the file.
const figures = (r: MeetingFigures) => [count(r.required), count(r.held), percent(r.completion), percent(r.attendance)];
const TITLES = ['应开次数', '实开次数', '完成率', '平均出勤率'];

/** 三会一课: one row per community; pick one to see its branches as its own 统计表 shows them. */
export function MeetingsTab({ period }: { period: Period }) {
  const [communityId, setCommunityId] = useState<number | null>(null);
  const all = useLedgerQuery('street.meetings', { ...period, communityId: null });
  const one = useLedgerQuery('street.meetings', communityId ? { ...period, communityId } : null);
  const picked = all.data?.rows.find((r) => r.communityId === communityId);
  return (
    <MeasureView
      measure="meetings"
      period={period}
      data={all.data}
      error={all.error}
      chart={{ title: '完成率', value: (r) => r.completion ?? 0, text: (r) => percent(r.completion), full: 1 }}
      columns={TITLES.map((title, i) => ({ title, value: (r: MeetingFigures) => figures(r)[i] }))}
      extra={
        <span>
          查看社区的各支部：
          <Select
            data-testid="street-meetings-community"
            aria-label="查看社区的各支部"
            style={{ width: 200 }}
            allowClear
            placeholder="选择社区"
            value={picked ? communityId : null}
            onChange={(v: number | null | undefined) => setCommunityId(v ?? null)}
            options={(all.data?.rows ?? []).map((r) => ({ value: r.communityId, label: r.community }))}
          />
        </span>
      }
      below={
        picked &&
        one.data?.branches && (
          <div style={{ marginTop: 16 }}>
            <h4 style={{ margin: '0 0 8px' }}>{picked.community}各党组织</h4>
            <Table<BranchMeetingRow & { key: number }>
              data-testid="street-meetings-branches"
              size="small"
              bordered
              pagination={false}
              dataSource={one.data.branches.map((b, key) => ({ ...b, key }))}
              columns={[
                { title: '党组织', dataIndex: 'orgName' },
                ...TITLES.map((title, i) => ({ title, key: title, align: 'right' as const, render: (_: unknown, r: BranchMeetingRow) => figures(r)[i] })),
              ]}
              summary={() => (
                <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
                  <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                  {/* The community's own row: its form's 合计, which its branches add up to. */}
                  {figures(picked).map((v, i) => (
                    <Table.Summary.Cell key={i} index={i + 1} align="right">
                      {v}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              )}
            />
          </div>
        )
      }
    />
  );
}
