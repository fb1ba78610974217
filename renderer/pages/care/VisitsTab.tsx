import { useState } from 'react';
import { Button, Space, Table, Tag } from 'antd';
import type { NotVisitedRow, VisitRow } from '../../../api/schemas/care';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { yuan } from '../dues/money';
import { VisitModal, type VisitTarget } from './VisitModal';
import { VoidModal } from './VoidModal';

/** 关怀慰问 of a year: the visits (voided ones listed, never summed) and who of 困难/老/年老体弱 has had none. */
export function VisitsTab({ year }: { year: number }) {
  const visits = useLedgerQuery('care.visits', { year, memberId: null });
  const notVisited = useLedgerQuery('care.notVisited', { year });
  const [target, setTarget] = useState<VisitTarget | null | undefined>(undefined);
  const [voiding, setVoiding] = useState<VisitRow | null>(null);
  const voidVisit = useLedgerMutation('care.voidVisit');
  const exporter = useExport();
  const v = visits.data;
  const missing = notVisited.data?.rows ?? [];
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button type="primary" data-testid="care-visit-add" onClick={() => setTarget(null)}>
          登记慰问
        </Button>
        <Button
          data-testid="care-visit-export"
          loading={exporter.busy !== null}
          onClick={() => exporter.run('visits', () => client.call('reports.careVisits', { year }))}
        >
          导出关怀慰问登记表
        </Button>
        {v && (
          <span data-testid="care-visit-summary">
            {year}年慰问 {v.count} 次、{v.members} 人，慰问金合计 {yuan(v.totalFen)} 元
          </span>
        )}
      </Space>
      <Table<VisitRow>
        scroll={{ x: 'max-content' }}
        data-testid="care-visit-table"
        rowKey="id"
        size="small"
        loading={visits.isFetching && !visits.data}
        dataSource={v?.rows ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: `${year}年还没有慰问记录` }}
        onRow={(r) => ({ 'data-testid': `care-visit-${r.name}`, style: r.voidedAt ? { color: '#999' } : undefined }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '日期', dataIndex: 'visitedOn', width: 105 },
          { title: '姓名', dataIndex: 'name', width: 80 },
          { title: '所在党支部', dataIndex: 'branchName', width: 160, ellipsis: true },
          { title: '时机', dataIndex: 'occasion', width: 60 },
          { title: '慰问人', dataIndex: 'visitors', ellipsis: true },
          { title: '慰问金（元）', dataIndex: 'moneyFen', width: 105, align: 'right', render: (f: number) => <span data-testid="money">{yuan(f)}</span> },
          { title: '慰问物品', dataIndex: 'goods', ellipsis: true, render: (g: string | null) => g ?? '—' },
          { title: '经费来源', dataIndex: 'fundSource', width: 110, ellipsis: true, render: (s: string | null) => s ?? '—' },
          {
            title: '',
            width: 90,
            render: (_, r) =>
              r.voidedAt ? (
                <Tag title={r.voidReason ?? undefined}>已作废</Tag>
              ) : (
                <a data-testid={`care-visit-void-${r.name}`} onClick={() => setVoiding(r)}>
                  作废
                </a>
              ),
          },
        ]}
      />
      <h4 style={{ marginTop: 20 }}>
        {year}年未慰问的困难党员、老党员（花名册标为老党员，或年满{notVisited.data?.veteranAge ?? 80}岁，年龄见系统设置）和年老体弱党员（{missing.length}人）
      </h4>
      <Table<NotVisitedRow>
        scroll={{ x: 'max-content' }}
        data-testid="care-notvisited-table"
        rowKey="memberId"
        size="small"
        loading={notVisited.isFetching && !notVisited.data}
        dataSource={missing}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: `${year}年需要关怀的党员都已慰问` }}
        onRow={(r) => ({ 'data-testid': `care-notvisited-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 80 },
          { title: '所在党支部', dataIndex: 'branchName', width: 180, ellipsis: true },
          { title: '年龄', dataIndex: 'age', width: 60, render: (a: number | null) => a ?? '—' },
          { title: '类别', dataIndex: 'groups', render: (g: string[]) => g.map((x) => <Tag key={x}>{x}</Tag>) },
          { title: '联系电话', dataIndex: 'phone', width: 120, render: (p: string | null) => p ?? '—' },
          {
            title: '',
            width: 80,
            render: (_, r) => (
              <a data-testid={`care-visit-for-${r.name}`} onClick={() => setTarget({ memberId: r.memberId, label: `${r.name}（${r.branchName}）` })}>
                登记慰问
              </a>
            ),
          },
        ]}
      />
      <VisitModal target={target} onClose={() => setTarget(undefined)} />
      <VoidModal
        what={voiding ? `${voiding.name}${voiding.visitedOn}的慰问记录` : null}
        onVoid={(reason) => voidVisit.call({ id: voiding!.id, reason })}
        onClose={() => setVoiding(null)}
      />
    </>
  );
}
