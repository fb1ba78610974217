import { useState } from 'react';
import { Alert, Button, Space, Table, Tag } from 'antd';
import type { HonorCheckRow, HonorRow } from '../../../api/schemas/care';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useLedgerQuery } from '../../useLedgerQuery';
import { MedalModal } from './MedalModal';

/**
 * 光荣在党50年 of a year: 党龄 from 转正 (from 入党 for 1969-04-14 … 1977-08-17) reaching 50 years by
 * 7月1日, on the roster with 党籍 正常 that day, and the 纪念章 presented; then the 待核对 list.
 */
const PAGE_SIZE = 50;

export function HonorTab({ year }: { year: number }) {
  // The list is paged by the ledger: at street scale it holds thousands of people.
  const [page, setPage] = useState(1);
  const honor = useLedgerQuery('care.honor50', { year, page, pageSize: PAGE_SIZE });
  const [presenting, setPresenting] = useState<HonorRow | null>(null);
  const exporter = useExport();
  const rows = honor.data?.rows ?? [];
  const toCheck = honor.data?.toCheck ?? [];
  return (
    <>
      <Alert
        style={{ marginBottom: 12 }}
        type="info"
        showIcon
        title={`名单为${year}年7月1日在册、党籍正常、截至当日党龄满50周年的党员（党龄自转正日期起算；1969年4月14日至1977年8月17日入党的自入党日期起算），不含往年已颁发纪念章的党员。`}
      />
      <Space style={{ marginBottom: 12 }}>
        <Button
          data-testid="care-honor-export"
          loading={exporter.busy !== null}
          onClick={() => exporter.run('honor', () => client.call('reports.honor50', { year }))}
        >
          导出光荣在党50年党员名单
        </Button>
        <span>
          共 {honor.data?.total ?? 0} 人，已颁发 {honor.data?.presented ?? 0} 人
        </span>
      </Space>
      <Table<HonorRow>
        scroll={{ x: 'max-content' }}
        data-testid="care-honor-table"
        rowKey="memberId"
        size="small"
        loading={honor.isFetching && !honor.data}
        dataSource={rows}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: honor.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        locale={{ emptyText: `${year}年没有党龄满50周年的党员` }}
        onRow={(r) => ({ 'data-testid': `care-honor-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 80 },
          { title: '性别', dataIndex: 'gender', width: 50 },
          { title: '出生日期', dataIndex: 'birthDate', width: 105 },
          { title: '所在党支部', dataIndex: 'branchName', ellipsis: true },
          { title: '入党日期', dataIndex: 'joinedOn', width: 105 },
          { title: '转正日期', dataIndex: 'fullMemberOn', width: 105, render: (v: string | null) => v ?? '—' },
          { title: '党龄起算', dataIndex: 'partyFrom', width: 105 },
          { title: '党龄满50年', dataIndex: 'reachedOn', width: 105 },
          { title: '纪念章', width: 150, render: (_, r) => (r.presentedOn ? <Tag color="red">{r.presentedOn}颁发</Tag> : <Tag>未颁发</Tag>) },
          {
            title: '',
            width: 80,
            render: (_, r) => (
              <a data-testid={`care-medal-${r.name}`} onClick={() => setPresenting(r)}>
                {r.presentedOn ? '修改' : '登记颁发'}
              </a>
            ),
          },
        ]}
      />
      {toCheck.length > 0 && (
        <>
          <Alert
            style={{ margin: '16px 0 12px' }}
            type="warning"
            showIcon
            title={`待核对：以下 ${toCheck.length} 名正式党员入党已满50年，但未填写转正日期，无法计算党龄。请在党员信息中补全转正日期（导出的名单另有“待核对”工作表）。`}
          />
          <Table<HonorCheckRow>
            data-testid="care-honor-check"
            rowKey="memberId"
            size="small"
            dataSource={toCheck}
            pagination={false}
            columns={[
              { title: '姓名', dataIndex: 'name', width: 80 },
              { title: '性别', dataIndex: 'gender', width: 50 },
              { title: '出生日期', dataIndex: 'birthDate', width: 105 },
              { title: '所在党支部', dataIndex: 'branchName', ellipsis: true },
              { title: '入党日期', dataIndex: 'joinedOn', width: 105 },
              { title: '入党年数', dataIndex: 'joinedYears', width: 80 },
            ]}
          />
        </>
      )}
      <MedalModal row={presenting} year={year} onClose={() => setPresenting(null)} />
    </>
  );
}
