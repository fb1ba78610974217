import { useState } from 'react';
import { Alert, Button, Select, Space, Table, Tag } from 'antd';
import type { DuesMonthRow } from '../../../api/schemas/dues';
import { useLedgerQuery } from '../../useLedgerQuery';
import { BranchSelect } from './BranchSelect';
import { BranchExports } from './DuesExports';
import { monthLabel, monthsOf, yuan } from './money';
import { PayBranchModal } from './PayBranchModal';
import { PayModal } from './PayModal';
import { standingPayments } from './payments';
import { ReverseModal } from './ReverseModal';
import { StatusTag } from './StatusTag';

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** The latest standing payment with a line on this month: its date and receipt are the row's. */
const lastPayment = (r: DuesMonthRow) => standingPayments(r)[0];

/** 月度收缴: one branch, one month: who owes, what they paid, and the payments to record. */
export function MonthTab({ year, closed }: { year: number; closed: boolean }) {
  const [orgId, setOrgId] = useState<number | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  // The month follows the page's year: the same month number in the year chosen above.
  const month = picked && picked.startsWith(`${year}-`) ? picked : thisMonth().startsWith(`${year}-`) ? thisMonth() : `${year}-01`;
  const data = useLedgerQuery('dues.month', orgId ? { orgId, month } : null);
  const [paying, setPaying] = useState<DuesMonthRow | null>(null);
  const [payingAll, setPayingAll] = useState(false);
  const [reversing, setReversing] = useState<DuesMonthRow | null>(null);
  const rows = orgId ? (data.data?.rows ?? []) : [];
  const unpaid = rows.filter((r) => r.status === '未交' || r.status === '未核定');

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <BranchSelect testId="dues-month-org" value={orgId} onChange={setOrgId} />
        <Select
          data-testid="dues-month"
          aria-label="月份"
          style={{ width: 100 }}
          value={month}
          onChange={setPicked}
          options={monthsOf(year).map((m) => ({ value: m, label: monthLabel(m) }))}
        />
        <Button type="primary" data-testid="dues-pay-all" disabled={closed || !orgId || unpaid.length === 0} onClick={() => setPayingAll(true)}>
          全部已交…
        </Button>
        <BranchExports orgId={orgId} month={month} />
        {data.data?.scheme.isDefault && <Tag color="orange">本年未保存收缴方案，按默认方案（2008年规定）计算</Tag>}
      </Space>
      {!orgId && <Alert type="info" showIcon title="请选择党支部，查看该月应交党费的党员。" />}
      {orgId && data.error && <Alert type="error" showIcon title={data.error.message} />}
      {orgId && data.data?.startMonth && month < data.data.startMonth && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          data-testid="dues-month-before-start"
          title={`本台账自${data.data.startMonth}起记党费，此前的月份不计应交（可在“党费建账”中调整起始月份）。`}
        />
      )}
      {orgId && (
        <Table<DuesMonthRow>
          data-testid="dues-month-table"
          rowKey="memberId"
          size="small"
          pagination={false}
          loading={data.isFetching && !data.data}
          dataSource={rows}
          locale={{ emptyText: `${monthLabel(month)}该支部没有应交党费的党员` }}
          onRow={(r) => ({ 'data-testid': `dues-row-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 90 },
            { title: '人员类别', dataIndex: 'category', width: 90 },
            { title: '缴费类别', dataIndex: 'kind', width: 90, render: (v: string | null) => v ?? <Tag>未核定</Tag> },
            { title: '基数（元）', dataIndex: 'baseFen', width: 110, align: 'right', render: (v: number | null) => yuan(v) },
            { title: '应交（元）', dataIndex: 'dueFen', width: 100, align: 'right', render: (v: number | null) => yuan(v) },
            { title: '实交（元）', dataIndex: 'paidFen', width: 100, align: 'right', render: (v: number) => <span data-testid="paid">{yuan(v)}</span> },
            { title: '状态', dataIndex: 'status', width: 80, render: (v: DuesMonthRow['status']) => <StatusTag status={v} /> },
            { title: '交纳日期', width: 110, render: (_, r) => lastPayment(r)?.paidOn ?? '—' },
            { title: '收据编号', render: (_, r) => lastPayment(r)?.receiptNo ?? '—' },
            {
              title: '',
              width: 110,
              render: (_, r) =>
                closed ? null : (
                  <Space>
                    <a data-testid={`dues-pay-${r.name}`} onClick={() => setPaying(r)}>
                      交纳
                    </a>
                    {standingPayments(r).length > 0 && (
                      <a data-testid={`dues-reverse-${r.name}`} onClick={() => setReversing(r)}>
                        冲销
                      </a>
                    )}
                  </Space>
                ),
            },
          ]}
          summary={() =>
            data.data && (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={4}>
                  合计：应交 {data.data.totals.owing} 人，已交 {data.data.totals.paid} 人，少交 {data.data.totals.short} 人，未交 {data.data.totals.unpaid} 人
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  <span data-testid="dues-total-due">{yuan(data.data.totals.dueFen)}</span>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  <span data-testid="dues-total-paid">{yuan(data.data.totals.paidFen)}</span>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} colSpan={4}>
                  {data.data.totals.unknown > 0 ? `${data.data.totals.unknown} 人基数未核定，未计入应交` : ''}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )
          }
        />
      )}
      {orgId && <PayBranchModal open={payingAll} orgId={orgId} month={month} rows={unpaid} onClose={() => setPayingAll(false)} />}
      <PayModal row={paying} month={month} onClose={() => setPaying(null)} />
      <ReverseModal row={reversing} onClose={() => setReversing(null)} />
    </>
  );
}
