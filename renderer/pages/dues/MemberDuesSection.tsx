import { Space, Table, Tag } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { CallError } from '../../../api/result';
import type { DuesMemberYear } from '../../../api/schemas/dues';
import { CertificateButton } from './DuesExports';
import { monthLabel, yuan } from './money';
import { StatusTag } from './StatusTag';

/** The member drawer's 党费 of a year: each month's 应交/实交 and the payments behind them. */
export function MemberDuesSection({ dues }: { dues: UseQueryResult<DuesMemberYear, CallError> }) {
  const d = dues.data;
  if (!d) return null;
  const owed = d.months.filter((m) => m.status !== null);
  return (
    <div data-testid="member-dues">
      <Space style={{ marginBottom: 8 }} wrap>
        <span>
          应交 {yuan(d.dueFen)} 元，实交 {yuan(d.paidFen)} 元{d.opening && <span style={{ color: '#888' }}>（建账前已交纳至 {d.opening}）</span>}
        </span>
        <CertificateButton memberId={d.memberId} year={d.year} />
      </Space>
      <Table
        size="small"
        rowKey="month"
        pagination={false}
        dataSource={owed}
        locale={{ emptyText: '该年没有需要交纳党费的月份' }}
        columns={[
          { title: '月份', dataIndex: 'month', width: 70, render: (v: string) => monthLabel(v) },
          { title: '所在党支部', dataIndex: 'orgName', ellipsis: true },
          { title: '应交（元）', dataIndex: 'dueFen', width: 100, align: 'right', render: (v: number | null) => yuan(v) },
          { title: '实交（元）', dataIndex: 'paidFen', width: 100, align: 'right', render: (v: number) => yuan(v) },
          { title: '状态', dataIndex: 'status', width: 80, render: (v: string) => <StatusTag status={v} /> },
        ]}
      />
      {d.payments.length > 0 && (
        <Table
          style={{ marginTop: 8 }}
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d.payments}
          columns={[
            { title: '交纳日期', dataIndex: 'paidOn', width: 110 },
            { title: '金额（元）', dataIndex: 'amountFen', width: 100, align: 'right', render: (v: number) => yuan(v) },
            { title: '涵盖月份', render: (_, p) => p.lines.map((l) => monthLabel(l.month)).join('、') },
            { title: '方式', dataIndex: 'method', width: 80 },
            { title: '收据编号', dataIndex: 'receiptNo', width: 110, render: (v: string | null) => v ?? '—' },
            { title: '', width: 80, render: (_, p) => (p.reversesId !== null ? <Tag>冲销记录</Tag> : p.reversedById !== null ? <Tag>已冲销</Tag> : null) },
          ]}
        />
      )}
    </div>
  );
}
