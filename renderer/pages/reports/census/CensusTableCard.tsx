import { Card, Table } from 'antd';
import type { CensusFigure, CensusTable } from '../../../../api/schemas/census';
import { figureText, unitHeading } from './format';

const TOTAL_KEYS = new Set(['total', 'added', 'removed']);

/** One table of the report: label and figure per row; a figure with people behind it opens their list. */
export function CensusTableCard({ table, onDrill }: { table: CensusTable; onDrill: (table: CensusTable, figure: CensusFigure) => void }) {
  return (
    <Card
      size="small"
      title={table.title}
      extra={<span style={{ color: '#888' }}>单位：{table.unit}</span>}
      data-testid={`census-table-${table.key}`}
      styles={{ body: { padding: 0 } }}
    >
      <Table<CensusFigure>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={table.rows}
        columns={[
          // The sums a table opens with (年末党员总数, 增加合计, 减少合计) stand out from their parts.
          { title: '项目', dataIndex: 'label', ellipsis: true, render: (label: string, f) => (TOTAL_KEYS.has(f.key) ? <b>{label}</b> : label) },
          {
            title: unitHeading(table.unit),
            dataIndex: 'value',
            align: 'right',
            width: 96,
            render: (value: number, f) => {
              const text = figureText(table.unit, value);
              // An empty list is nothing to open: a zero stays plain text.
              if (!f.drill || value === 0) return <span data-testid={`census-figure-${table.key}-${f.key}`}>{text}</span>;
              return (
                <a data-testid={`census-figure-${table.key}-${f.key}`} onClick={() => onDrill(table, f)}>
                  {text}
                </a>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
