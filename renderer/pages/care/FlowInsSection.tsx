import { useState } from 'react';
import { Button, Space, Table } from 'antd';
import type { FlowInRow } from '../../../api/schemas/care';
import { useLedgerQuery } from '../../useLedgerQuery';
import { FlowInModal } from './FlowInModal';

/** 流入党员: people whose 组织关系 is elsewhere taking part in a branch here (guests at its meetings, never in 应到). */
export function FlowInsSection({ asOf, includeEnded }: { asOf: string; includeEnded: boolean }) {
  const ins = useLedgerQuery('care.flowIns', { asOf, includeEnded });
  const [editing, setEditing] = useState<FlowInRow | null | undefined>(undefined);
  const rows = ins.data ?? [];
  return (
    <>
      <Space style={{ margin: '20px 0 8px' }}>
        <h4 style={{ margin: 0 }}>流入党员（{rows.filter((r) => !r.leftOn || r.leftOn > asOf).length}人）</h4>
        <Button size="small" data-testid="care-flowin-add" onClick={() => setEditing(null)}>
          登记流入
        </Button>
      </Space>
      <Table<FlowInRow>
        scroll={{ x: 'max-content' }}
        data-testid="care-flowin-table"
        rowKey="id"
        size="small"
        loading={ins.isFetching && !ins.data}
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: `${asOf}没有流入党员` }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 80 },
          { title: '性别', dataIndex: 'gender', width: 50 },
          { title: '来自', dataIndex: 'fromPlace', ellipsis: true },
          { title: '组织关系所在党组织', dataIndex: 'homeOrg', ellipsis: true },
          { title: '参加活动的党支部', dataIndex: 'orgName', width: 160, ellipsis: true },
          { title: '联系电话', dataIndex: 'phone', width: 120, render: (v: string | null) => v ?? '—' },
          { title: '流入日期', dataIndex: 'arrivedOn', width: 105 },
          { title: '离开日期', dataIndex: 'leftOn', width: 105, render: (v: string | null) => v ?? '—' },
          { title: '列席会议', dataIndex: 'meetings', width: 80, render: (v: number) => `${v}次` },
          {
            title: '',
            width: 60,
            render: (_, r) => (
              <a data-testid={`care-flowin-edit-${r.name}`} onClick={() => setEditing(r)}>
                编辑
              </a>
            ),
          },
        ]}
      />
      <FlowInModal editing={editing} onClose={() => setEditing(undefined)} />
    </>
  );
}
