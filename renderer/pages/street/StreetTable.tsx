import type { ReactNode } from 'react';
import { Table, Tag } from 'antd';
import type { RowHead } from '../../../api/schemas/street';

export interface Column<R> {
  title: string;
  value: (r: R) => ReactNode;
  width?: number;
}

/**
 * One row per community that reported and a bold 合计 row under them, the street form's shape:
 * the 合计 is the server's (rates from sums), never added up here.
 */
export function StreetTable<R>({
  rows,
  total,
  columns,
  testId,
  first = '社区',
}: {
  rows: (RowHead & R)[];
  total: R;
  columns: Column<R>[];
  testId: string;
  first?: string;
}) {
  return (
    <Table<RowHead & R>
      data-testid={testId}
      rowKey="communityId"
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      locale={{ emptyText: '这一期还没有社区上报' }}
      onRow={(r) => ({ 'data-testid': `${testId}-row-${r.community}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: first,
          dataIndex: 'community',
          fixed: 'left',
          width: 160,
          // A community that started its ledger late says from when its figures count (docs/ledgerStart.md).
          render: (_: unknown, r: RowHead & R) =>
            r.coverage ? (
              <>
                {r.community}
                <div style={{ color: '#888', fontSize: 12 }} data-testid={`coverage-${r.community}`}>
                  {r.coverage}
                </div>
              </>
            ) : (
              r.community
            ),
        },
        ...columns.map((c, i) => ({
          key: String(i),
          title: c.title,
          width: c.width,
          align: 'right' as const,
          render: (_: unknown, r: RowHead & R) => c.value(r),
        })),
        // Each row's 截至日期 (issue 31): a package made before its period ended is not the whole period.
        // Fixed on the right, the tags under the date: at 1366 wide a many-column form scrolled it out of sight.
        {
          key: 'asOf',
          title: '截至日期',
          width: 130,
          fixed: 'right' as const,
          render: (_: unknown, r: RowHead & R) => (
            <span data-testid={`${testId}-asof-${r.community}`}>
              {r.asOf}
              {(r.early || !r.signed) && (
                <div>
                  {r.early && <Tag color="orange">期末前生成</Tag>}
                  {!r.signed && <Tag>未签名</Tag>}
                </div>
              )}
            </span>
          ),
        },
      ]}
      summary={() =>
        rows.length === 0 ? null : (
          <Table.Summary fixed>
            <Table.Summary.Row data-testid={`${testId}-total`} style={{ fontWeight: 600, background: '#fafafa' }}>
              <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
              {columns.map((c, i) => (
                <Table.Summary.Cell key={i} index={i + 1} align="right">
                  {c.value(total)}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={columns.length + 1} />
            </Table.Summary.Row>
          </Table.Summary>
        )
      }
    />
  );
}
