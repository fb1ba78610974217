import { Table, Tag, Tooltip } from 'antd';
import type { CellStatus, ComplianceMatrix, ComplianceRow } from '../../../api/schemas/meetings';
import { PERIOD_LABELS } from '../../../api/meetingTypes';

export const STATUS_VIEW: Record<CellStatus, [string, string]> = {
  held: ['已开', 'green'],
  makeUp: ['补开', 'blue'],
  missing: ['未开', 'red'],
  exempt: ['豁免', 'default'],
  notRequired: ['无需召开', 'default'],
  due: ['本期待开', 'orange'],
  notYet: ['未到期', ''],
  beforeStart: ['建账前', ''],
};

/** Organisation × type rows; each period a coloured tag. */
export function ComplianceTable({ matrix }: { matrix: ComplianceMatrix }) {
  return (
    <Table<ComplianceRow>
      data-testid="compliance-table"
      size="small"
      rowKey={(r) => `${r.orgId}-${r.type}`}
      dataSource={matrix.rows}
      pagination={false}
      columns={[
        {
          title: '组织',
          dataIndex: 'orgName',
          width: 160,
          onCell: (r, i) => ({
            rowSpan: i !== undefined && i > 0 && matrix.rows[i - 1].orgId === r.orgId ? 0 : matrix.rows.filter((x) => x.orgId === r.orgId).length,
          }),
        },
        { title: '类型', dataIndex: 'type', width: 110 },
        { title: '要求', width: 110, render: (_, r) => <Tooltip title={r.rule.basis}>{`${PERIOD_LABELS[r.rule.period]}≥${r.rule.minCount}次`}</Tooltip> },
        {
          title: '各期开展情况',
          render: (_, r) =>
            r.exemptReason ? (
              <Tag>豁免：{r.exemptReason}</Tag>
            ) : (
              r.cells.map((c) => (
                <Tag
                  key={c.period}
                  title={c.note}
                  color={STATUS_VIEW[c.status][1] || undefined}
                  data-testid={`cell-${r.orgName}-${r.type}-${c.period}`}
                  data-status={c.status}
                >
                  {c.label} {STATUS_VIEW[c.status][0]}
                  {c.held > 0 ? `（${c.held}）` : ''}
                </Tag>
              ))
            ),
        },
        { title: '应开/实开', width: 100, render: (_, r) => `${r.required} / ${r.held}` },
      ]}
    />
  );
}
