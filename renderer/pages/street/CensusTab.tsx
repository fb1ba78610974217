import { useState } from 'react';
import { Select, Tag } from 'antd';
import type { CensusBalance } from '../../../api/schemas/street';
import { useLedgerQuery } from '../../useLedgerQuery';
import { MeasureView } from './MeasureView';
import { count, yuan } from './period';

type Values = { values: Record<string, number> };
type Row = Values & { identityHolds: boolean; balance: CensusBalance };

/** 年初 + 增加 − 减少 (± 差) = 年末, as the community reported it. */
function equation(b: CensusBalance): string {
  const diff = b.difference === 0 ? '' : ` ${b.difference < 0 ? '−' : '+'} 差${Math.abs(b.difference)}`;
  return `${b.start} + ${b.added} − ${b.removed}${diff} = ${b.end}`;
}

/** 党内统计: one of its tables at a time (a table has up to dozens of figures), each figure a column. */
export function CensusTab({ year }: { year: number }) {
  const q = useLedgerQuery('street.census', { year });
  const [tableKey, setTableKey] = useState<string | null>(null);
  const tables = q.data?.tables ?? [];
  const table = tables.find((t) => t.key === tableKey) ?? tables[0];
  const show = (v: number | undefined) => (table?.unit === '元' ? yuan(v ?? 0) : count(v ?? 0));
  const id = (key: string) => `${table?.key}:${key}`;
  const first = table?.figures[0];
  const data = q.data && {
    rows: q.data.rows,
    total: { values: q.data.total, identityHolds: q.data.balanceTotal.holds, balance: q.data.balanceTotal },
    notReported: q.data.notReported,
  };
  return (
    <MeasureView<Row>
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
            <Select
              aria-label="统计表"
              data-testid="street-census-table"
              style={{ width: 240 }}
              value={table?.key}
              onChange={setTableKey}
              options={tables.map((t) => ({ value: t.key, label: `${t.title}（${t.unit}）` }))}
            />
          </span>
        )
      }
      columns={[
        ...(table?.figures ?? []).map((f) => ({ title: f.label, value: (r: Values) => show(r.values[id(f.key)]) })),
        {
          title: '年初+增加−减少(±差)=年末',
          width: 200,
          value: (r: Row) => (
            <span data-testid="street-census-balance">
              {equation(r.balance)} {r.balance.holds ? null : <Tag color="red">不平衡</Tag>}
            </span>
          ),
        },
        {
          // Each community's 年初 against the 年末 of its previous year's package: a mismatch is shown, not absorbed.
          title: '年初与上年上报年末',
          width: 160,
          value: (r: Row) =>
            r.balance.startMatches === null ? (
              <span style={{ color: '#888' }}>无上年上报包</span>
            ) : r.balance.startMatches ? (
              '相符'
            ) : (
              <Tag color="red" data-testid="street-census-start-mismatch">
                不相符（上年年末{r.balance.previousEnd ?? ''}）
              </Tag>
            ),
        },
      ]}
    />
  );
}
