import { useState } from 'react';
import { Select, Tag } from 'antd';
import { useLedgerQuery } from '../../useLedgerQuery';
import { MeasureView } from './MeasureView';
import { count, yuan } from './period';

type Values = { values: Record<string, number> };

/** 党内统计: one of its tables at a time (a table has up to dozens of figures), each figure a column. */
export function CensusTab({ year }: { year: number }) {
  const q = useLedgerQuery('street.census', { year });
  const [tableKey, setTableKey] = useState<string | null>(null);
  const tables = q.data?.tables ?? [];
  const table = tables.find((t) => t.key === tableKey) ?? tables[0];
  const show = (v: number | undefined) => (table?.unit === '元' ? yuan(v ?? 0) : count(v ?? 0));
  const id = (key: string) => `${table?.key}:${key}`;
  const first = table?.figures[0];
  const data = q.data && { rows: q.data.rows, total: { values: q.data.total, identityHolds: true }, notReported: q.data.notReported };
  return (
    <MeasureView<Values & { identityHolds: boolean }>
      measure="census"
      period={{ year, quarter: null }}
      data={data}
      error={q.error}
      chart={{
        title: first ? `${table!.title}：${first.label}` : '党内统计',
        value: (r) => (first ? (r.values[id(first.key)] ?? 0) : 0),
        text: (r) => (first ? show(r.values[id(first.key)]) : '—'),
      }}
      extra={
        // Only a year's package carries 党内统计 (a quarter's has none).
        tables.length === 0 ? (
          <span style={{ color: '#888' }}>{year}年还没有带党内统计的上报包：党内统计只在社区生成“全年”上报包时带上。</span>
        ) : (
          <span>
            统计表：
            <Select aria-label="统计表" data-testid="street-census-table" style={{ width: 240 }} value={table?.key} onChange={setTableKey} options={tables.map((t) => ({ value: t.key, label: `${t.title}（${t.unit}）` }))} />
          </span>
        )
      }
      columns={[
        ...(table?.figures ?? []).map((f) => ({ title: f.label, value: (r: Values) => show(r.values[id(f.key)]) })),
        {
          title: '年初+增加−减少=年末',
          width: 150,
          value: (r: Values & { identityHolds: boolean }) => (r === data?.total ? '' : r.identityHolds ? '相符' : <Tag color="red">不相符</Tag>),
        },
      ]}
    />
  );
}
