import { useState } from 'react';
import { Select, Table } from 'antd';
import type { PointsFigures, StreetRankRow } from '../../../api/schemas/street';
import { STAR_LABELS, starLabel } from '../../../api/points';
import { useLedgerQuery } from '../../useLedgerQuery';
import { MeasureView } from './MeasureView';
import { count } from './period';

const points = (n: number | null) => (n === null ? '—' : n.toLocaleString('zh-CN', { maximumFractionDigits: 1 }));

/** 积分: each community's totals, then the ranking across the street (or in one community). */
export function PointsTab({ year }: { year: number }) {
  const view = useLedgerQuery('street.points', { year });
  const [communityId, setCommunityId] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const ranking = useLedgerQuery('street.pointsRanking', { year, communityId, page, pageSize: 20 });
  return (
    <MeasureView
      measure="points"
      period={{ year, quarter: null }}
      data={view.data}
      error={view.error}
      chart={{ title: '人均积分', value: (r) => r.average ?? 0, text: (r) => points(r.average) }}
      columns={[
        { title: '参加积分人数', value: (r: PointsFigures) => count(r.people) },
        { title: '参加排名', value: (r) => count(r.ranked) },
        { title: '不参加排名', value: (r) => count(r.excluded) },
        { title: '人均积分', value: (r) => points(r.average) },
        { title: '最高分', value: (r) => points(r.highest) },
        ...STAR_LABELS.slice(1).map((title, i) => ({ title, value: (r: PointsFigures) => count(r.stars[i] ?? 0) })),
      ]}
      below={
        <div style={{ marginTop: 16 }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 8 }}>
            <h4 style={{ margin: 0 }}>{year}年积分排名</h4>
            <Select
              aria-label="排名范围"
              style={{ width: 200 }}
              value={communityId}
              onChange={(v: number | null) => (setCommunityId(v), setPage(1))}
              options={[{ value: null, label: '全街道' }, ...(view.data?.rows ?? []).map((r) => ({ value: r.communityId, label: r.community }))]}
            />
          </div>
          <Table<StreetRankRow & { key: number }>
            data-testid="street-points-ranking"
            size="small"
            loading={ranking.isFetching && !ranking.data}
            dataSource={(ranking.data?.rows ?? []).map((r, key) => ({ ...r, key }))}
            pagination={{ current: page, pageSize: 20, total: ranking.data?.total ?? 0, showSizeChanger: false, onChange: setPage, hideOnSinglePage: true }}
            locale={{ emptyText: '没有积分数据' }}
            columns={[
              { title: communityId ? '社区内排名' : '街道排名', width: 100, render: (_, r) => (communityId ? r.communityRank : r.rank) ?? '不参加' },
              { title: '社区内排名', width: 100, render: (_, r) => r.communityRank ?? '—' },
              { title: '社区', dataIndex: 'community', width: 150 },
              { title: '姓名', dataIndex: 'name', width: 100 },
              { title: '身份证号', dataIndex: 'idNumber', width: 180, render: (v: string | null) => v ?? '—' },
              { title: '所在支部', dataIndex: 'branchName', ellipsis: true },
              { title: '积分', dataIndex: 'total', width: 80, align: 'right', render: (v: number) => points(v) },
              { title: '星级', dataIndex: 'stars', width: 80, render: (v: number | null) => (v ? starLabel(v) : '—') },
            ]}
          />
        </div>
      }
    />
  );
}
