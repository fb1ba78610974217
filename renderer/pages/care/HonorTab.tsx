import { useState } from 'react';
import { Alert, Button, Space, Table, Tag } from 'antd';
import type { HonorRow } from '../../../api/schemas/care';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useLedgerQuery } from '../../useLedgerQuery';
import { MedalModal } from './MedalModal';

/** 光荣在党50年 of a year: 党龄 from 转正 reaching 50 years by 7月1日, and the 纪念章 presented. */
export function HonorTab({ year }: { year: number }) {
  const honor = useLedgerQuery('care.honor50', { year });
  const [presenting, setPresenting] = useState<HonorRow | null>(null);
  const exporter = useExport();
  const rows = honor.data?.rows ?? [];
  return (
    <>
      <Alert
        style={{ marginBottom: 12 }}
        type="info"
        showIcon
        title={`名单为截至${year}年7月1日党龄满50周年（自转正日期起算）的在册党员，不含往年已颁发纪念章的党员。`}
      />
      <Space style={{ marginBottom: 12 }}>
        <Button data-testid="care-honor-export" loading={exporter.busy !== null} onClick={() => exporter.run('honor', () => client.call('reports.honor50', { year }))}>
          导出光荣在党50年党员名单
        </Button>
        <span>
          共 {rows.length} 人，已颁发 {rows.filter((r) => r.presentedOn).length} 人
        </span>
      </Space>
      <Table<HonorRow>
        scroll={{ x: 'max-content' }}
        data-testid="care-honor-table"
        rowKey="memberId"
        size="small"
        loading={honor.isFetching && !honor.data}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: `${year}年没有党龄满50周年的党员` }}
        onRow={(r) => ({ 'data-testid': `care-honor-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 80 },
          { title: '性别', dataIndex: 'gender', width: 50 },
          { title: '出生日期', dataIndex: 'birthDate', width: 105 },
          { title: '所在党支部', dataIndex: 'branchName', ellipsis: true },
          { title: '入党日期', dataIndex: 'joinedOn', width: 105 },
          { title: '转正日期', dataIndex: 'fullMemberOn', width: 105 },
          { title: '党龄满50年', dataIndex: 'reachedOn', width: 105 },
          { title: '纪念章', width: 150, render: (_, r) => (r.presentedOn ? <Tag color="red">{r.presentedOn}颁发</Tag> : <Tag>未颁发</Tag>) },
          { title: '', width: 80, render: (_, r) => <a data-testid={`care-medal-${r.name}`} onClick={() => setPresenting(r)}>{r.presentedOn ? '修改' : '登记颁发'}</a> },
        ]}
      />
      <MedalModal row={presenting} year={year} onClose={() => setPresenting(null)} />
    </>
  );
}
