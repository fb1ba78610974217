import { useState } from 'react';
import { Alert, Card, Select, Space, Table, Tag } from 'antd';
import type { DuesArrearsRow } from '../../../api/schemas/dues';
import { todayIso } from '../../../api/rules/dates';
import { useLedgerQuery } from '../../useLedgerQuery';
import { BranchSelect } from './BranchSelect';
import { monthLabel, monthsOf, yuan } from './money';

/**
 * The month the list opens on: this month in this year (where the secretary is; opening on last
 * month looked like a stale list, and in January jumped to the year's December), a past year's December.
 */
function openingMonth(year: number): string {
  const now = todayIso().slice(0, 7);
  return now.startsWith(`${year}-`) ? now : `${year}-12`;
}

/** Months owed listed, or first and last when many (the count is its own column). */
const monthsText = (months: string[]) => (months.length > 4 ? `${months[0]} 至 ${months[months.length - 1]}` : months.join('、'));

/** 欠费: who owes months up to a month; 3 months is a reminder, 6 in a row a 自行脱党 warning. */
export function ArrearsTab({ year }: { year: number }) {
  const [orgId, setOrgId] = useState<number | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const asOf = picked && picked.startsWith(`${year}-`) ? picked : openingMonth(year);
  const arrears = useLedgerQuery('dues.arrears', { asOf, orgId });
  const rows = arrears.data?.rows ?? [];
  const warned = rows.filter((r) => r.longestRun >= 6);
  const columns = [
    { title: '姓名', dataIndex: 'name', width: 90 },
    { title: '所在党支部', dataIndex: 'branchName', width: 200, ellipsis: true },
    { title: '欠交月数', width: 90, render: (_: unknown, r: DuesArrearsRow) => <span data-testid="months-owed">{r.unpaidMonths.length}</span> },
    { title: '最长连续未交', dataIndex: 'longestRun', width: 110, render: (v: number) => `${v}个月` },
    { title: '欠交金额（元）', dataIndex: 'owedFen', width: 120, align: 'right' as const, render: (v: number | null) => yuan(v) },
    { title: '欠交月份', dataIndex: 'unpaidMonths', render: (v: string[]) => monthsText(v) },
    { title: '党费交纳至', dataIndex: 'paidThrough', width: 110, render: (v: string | null) => v ?? '—' },
  ];
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <BranchSelect testId="dues-arrears-org" allowAll value={orgId} onChange={setOrgId} />
        <span>
          截至{' '}
          <Select
            data-testid="dues-arrears-month"
            aria-label="截至月份"
            style={{ width: 100 }}
            value={asOf}
            onChange={setPicked}
            options={monthsOf(year).map((m) => ({ value: m, label: monthLabel(m) }))}
          />
        </span>
      </Space>
      {arrears.data?.startMonth && (
        <div style={{ color: '#888', marginBottom: 8 }} data-testid="dues-arrears-start">
          欠交自本台账开始记党费的月份（{arrears.data.startMonth}）起计算；未核定基数而未交纳的月份也计为欠交（金额待核定）。
        </div>
      )}
      {warned.length > 0 && (
        <Card
          size="small"
          style={{ marginBottom: 16, borderColor: '#ffa39e' }}
          title="连续6个月以上未交纳党费的党员（请书记关注）"
          data-testid="dues-lapse-warning"
        >
          <Alert
            style={{ marginBottom: 8 }}
            type="warning"
            showIcon
            title="提醒：根据《中国共产党章程》第九条，党员没有正当理由，连续六个月不交纳党费，就被认为是自行脱党。请支部先了解情况、谈心谈话、督促补交；是否按自行脱党处理须由支部大会讨论决定，并报上级党组织批准。本台账不会自动变更任何党员的状态。"
          />
          <Table<DuesArrearsRow> rowKey="memberId" size="small" pagination={false} dataSource={warned} columns={columns} />
        </Card>
      )}
      <Table<DuesArrearsRow>
        data-testid="dues-arrears-table"
        rowKey="memberId"
        size="small"
        loading={arrears.isFetching && !arrears.data}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (t) => `共 ${t} 人欠交` }}
        locale={{ emptyText: `截至${asOf}没有欠交党费的党员` }}
        onRow={(r) => ({ 'data-testid': `dues-arrears-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          ...columns.slice(0, 3),
          {
            title: '',
            width: 120,
            render: (_: unknown, r: DuesArrearsRow) =>
              r.longestRun >= 6 ? <Tag color="red">连续6个月以上</Tag> : r.unpaidMonths.length >= 3 ? <Tag color="orange">欠交3个月以上</Tag> : null,
          },
          ...columns.slice(3),
        ]}
      />
    </>
  );
}
