import { useState } from 'react';
import { Alert, Button, Space, Spin, Table } from 'antd';
import type { DuesCheckRow, DuesReceivedRecord } from '../../../../api/schemas/streetPlan';
import { client } from '../../../api';
import { useExport } from '../../../components/useExport';
import { useLedgerQuery } from '../../../useLedgerQuery';
import { localTime, yuan } from '../period';
import { ReceivedModal, type ReceivedTarget } from './ReceivedModal';

const money = (fen: number | null) => (fen === null ? '未报送' : yuan(fen));

/** 党费到账核对: what the street received from each community against the 上缴街道 its year package reports. */
export function DuesCheckTab({ year }: { year: number }) {
  const q = useLedgerQuery('street.duesCheck', { year });
  const exporter = useExport();
  const [target, setTarget] = useState<ReceivedTarget | undefined>(undefined);
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!q.data) return <Spin style={{ display: 'block', margin: 40 }} />;
  const { rows, total, records } = q.data;
  return (
    <div data-testid="street-dues-check">
      <Space style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          data-testid="street-received-add"
          onClick={() => setTarget({ kind: 'new', communities: rows.map((r) => ({ id: r.communityId, name: r.community })) })}
        >
          登记到账
        </Button>
        <Button
          data-testid="street-dues-check-export"
          loading={exporter.busy === 'dues'}
          onClick={() => exporter.run('dues', () => client.call('street.exportDuesCheck', { year }))}
        >
          导出党费上缴核对表
        </Button>
      </Space>
      <Table<DuesCheckRow>
        data-testid="street-dues-check-table"
        size="small"
        bordered
        rowKey="communityId"
        pagination={false}
        dataSource={rows}
        onRow={(r) => ({ 'data-testid': `street-dues-check-row-${r.community}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '社区', dataIndex: 'community' },
          { title: '社区报上缴街道（元）', align: 'right', render: (_, r) => money(r.reportedFen) },
          { title: '街道实收（元）', align: 'right', render: (_, r) => yuan(r.receivedFen) },
          {
            title: '差额（元）',
            align: 'right',
            render: (_, r) =>
              r.differenceFen === null ? '—' : <span style={{ color: r.differenceFen ? '#cf1322' : undefined }}>{yuan(r.differenceFen)}</span>,
          },
          { title: '截至日期', render: (_, r) => r.asOf ?? '—' },
        ]}
        summary={() => (
          <Table.Summary.Row style={{ fontWeight: 600 }} data-testid="street-dues-check-total">
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {money(total.reportedFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {yuan(total.receivedFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {total.differenceFen === null ? '—' : yuan(total.differenceFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} />
          </Table.Summary.Row>
        )}
      />
      <h4 style={{ marginTop: 20 }}>{year}年到账记录（不删除；录错请“更正”，更正记为一条新记录）</h4>
      <Table<DuesReceivedRecord>
        data-testid="street-received-records"
        size="small"
        rowKey="id"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={records}
        locale={{ emptyText: '本年度还没有到账记录' }}
        columns={[
          { title: '到账日期', dataIndex: 'receivedOn', width: 110 },
          { title: '社区', dataIndex: 'community' },
          { title: '金额（元）', align: 'right', render: (_, r) => yuan(r.amountFen) },
          { title: '备注', render: (_, r) => (r.corrects ? `更正第${r.corrects}号记录：${r.note ?? ''}` : (r.note ?? '')) },
          { title: '登记时间', render: (_, r) => `${localTime(r.createdAt)}${r.operator ? ` ${r.operator}` : ''}` },
          { title: '', width: 60, render: (_, r) => (r.corrects ? null : <a onClick={() => setTarget({ kind: 'correct', record: r })}>更正</a>) },
        ]}
      />
      <ReceivedModal target={target} onClose={() => setTarget(undefined)} />
    </div>
  );
}
