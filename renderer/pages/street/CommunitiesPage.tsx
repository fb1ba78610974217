import { useState } from 'react';
import { Button, Card, Checkbox, Space, Table, Tag } from 'antd';
import type { StreetCommunity } from '../../../api/schemas/street';
import { useLedgerQuery } from '../../useLedgerQuery';
import { CloseCommunityModal } from './CloseCommunityModal';
import { CommunityModal } from './CommunityModal';
import { AccessCodeCell } from './AccessCodeCell';
import { MergeCommunityModal } from './MergeCommunityModal';
import { localTime } from './period';

/** 社区: the communities the street expects packages from (added by hand or by their first package). */
export default function CommunitiesPage() {
  const communities = useLedgerQuery('street.communities', {});
  const [editing, setEditing] = useState<StreetCommunity | null | undefined>(undefined);
  const [closing, setClosing] = useState<StreetCommunity | undefined>(undefined);
  const [merging, setMerging] = useState<StreetCommunity | undefined>(undefined);
  const [withClosed, setWithClosed] = useState(false);
  const rows = (communities.data ?? []).filter((c) => withClosed || !c.closedOn);
  return (
    <Card
      title="所辖社区"
      extra={
        <Space>
          <Checkbox checked={withClosed} onChange={(e) => setWithClosed(e.target.checked)}>
            显示已撤销的社区
          </Checkbox>
          <Button type="primary" data-testid="street-community-add" onClick={() => setEditing(null)}>
            添加社区
          </Button>
        </Space>
      }
    >
      <Table<StreetCommunity>
        data-testid="street-communities"
        rowKey="id"
        size="small"
        loading={communities.isFetching && !communities.data}
        dataSource={rows}
        pagination={{ pageSize: 30, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有社区：点“添加社区”，或直接导入社区交来的上报包' }}
        onRow={(r) => ({ 'data-testid': `street-community-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '名称',
            dataIndex: 'name',
            // Widths that add up to a 1366-wide screen's table (1060): over it, antd squeezed every column and wrapped 最近上报 and the headers.
            width: 140,
            render: (v: string, r) => (
              <>
                {v}
                {r.formerNames.length > 0 && (
                  <div style={{ color: '#888', fontSize: 12 }}>曾用名：{r.formerNames.map((f) => `${f.name}（至${f.until}）`).join('、')}</div>
                )}
              </>
            ),
          },
          { title: '接入码', width: 220, render: (_, r) => <AccessCodeCell community={r} /> },
          { title: '联系人', dataIndex: 'contact', width: 80, render: (v: string | null) => v ?? '—' },
          { title: '联系电话', dataIndex: 'phone', width: 120, render: (v: string | null) => v ?? '—' },
          { title: '最近上报', dataIndex: 'lastImportedAt', width: 140, render: (v: string | null) => (v ? localTime(v) : '尚未上报') },
          { title: '已导入上报包', dataIndex: 'packages', width: 110, align: 'right' },
          {
            title: '状态',
            width: 110,
            render: (_, r) =>
              r.mergedInto ? (
                <Tag>
                  {r.closedOn} 并入{communities.data?.find((c) => c.id === r.mergedInto)?.name ?? '其他记录'}
                </Tag>
              ) : r.closedOn ? (
                <Tag>{r.closedOn} 撤销</Tag>
              ) : (
                <Tag color="green">正常</Tag>
              ),
          },
          {
            title: '',
            width: 140,
            render: (_, r) => (
              <Space>
                <a data-testid={`street-community-edit-${r.name}`} onClick={() => setEditing(r)}>
                  编辑
                </a>
                {!r.closedOn && <a onClick={() => setClosing(r)}>撤销</a>}
                {!r.closedOn && (
                  <a data-testid={`street-community-merge-${r.name}`} onClick={() => setMerging(r)}>
                    合并
                  </a>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CommunityModal editing={editing} onClose={() => setEditing(undefined)} />
      <CloseCommunityModal closing={closing} onClose={() => setClosing(undefined)} />
      <MergeCommunityModal merging={merging} others={communities.data ?? []} onClose={() => setMerging(undefined)} />
    </Card>
  );
}
