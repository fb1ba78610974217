import { useState } from 'react';
import { Button, Checkbox, DatePicker, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import type { FlowOutRow } from '../../../api/schemas/care';
import { todayIso } from '../../../api/rules/dates';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { FlowContactModal } from './FlowContactModal';
import { FlowInsSection } from './FlowInsSection';
import { FlowOutModal } from './FlowOutModal';
import { VoidModal } from './VoidModal';

const dash = (v: string | null) => v ?? '—';

/** The state of a 流出 record on the list's day. */
function flowTag(r: FlowOutRow, asOf: string) {
  if (r.voidedAt) return <Tag>已作废</Tag>;
  if (r.returnedOn && r.returnedOn <= asOf) return <Tag color="green">已返回</Tag>;
  if (r.contactOverdue) return <Tag color="red">6个月未联系</Tag>;
  return <Tag color="blue">流出中</Tag>;
}

/** 流动党员: 流出 members on a day with their contact log, and the 流入 people taking part here. */
export function FlowsTab() {
  const [asOf, setAsOf] = useState(todayIso());
  const [includeEnded, setIncludeEnded] = useState(false);
  const flows = useLedgerQuery('care.flows', { asOf, includeEnded });
  const [editing, setEditing] = useState<FlowOutRow | null | undefined>(undefined);
  const [contacting, setContacting] = useState<FlowOutRow | null>(null);
  const [voiding, setVoiding] = useState<FlowOutRow | null>(null);
  const voidFlow = useLedgerMutation('care.voidFlowOut');
  const exporter = useExport();
  const rows = flows.data?.rows ?? [];
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>
          截至 <DatePicker aria-label="截至日期" allowClear={false} value={dayjs(asOf)} onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))} />
        </span>
        <Checkbox checked={includeEnded} onChange={(e) => setIncludeEnded(e.target.checked)}>
          显示已返回和已作废的记录
        </Checkbox>
        <Button type="primary" data-testid="care-flow-add" onClick={() => setEditing(null)}>
          登记流出
        </Button>
        <Button
          data-testid="care-flow-export"
          loading={exporter.busy !== null}
          onClick={() => exporter.run('flows', () => client.call('reports.flowRegister', { asOf, maskPhones: false }))}
        >
          导出流动党员登记表
        </Button>
      </Space>
      <h4>流出党员（{rows.filter((r) => !r.voidedAt && !(r.returnedOn && r.returnedOn <= asOf)).length}人）</h4>
      <Table<FlowOutRow>
        scroll={{ x: 'max-content' }}
        data-testid="care-flow-table"
        rowKey="id"
        size="small"
        loading={flows.isFetching && !flows.data}
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: `${asOf}没有流出党员` }}
        onRow={(r) => ({ 'data-testid': `care-flow-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          rowExpandable: (r) => r.contacts.length > 0,
          expandedRowRender: (r) => (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={r.contacts}
              columns={[
                { title: '联系日期', dataIndex: 'contactedOn', width: 110 },
                { title: '方式', dataIndex: 'method', width: 80 },
                { title: '联系情况', dataIndex: 'note', render: dash },
              ]}
            />
          ),
        }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 80 },
          { title: '所在党支部', dataIndex: 'branchName', width: 140, ellipsis: true },
          { title: '外出日期', dataIndex: 'leftOn', width: 105 },
          { title: '流向地点及单位', width: 240, render: (_, r) => [r.place, r.unit].filter(Boolean).join(' ') },
          { title: '联系电话', dataIndex: 'contact', width: 120, render: dash },
          { title: '活动证编号', dataIndex: 'cardNo', width: 110, render: dash },
          { title: '参加流入地组织生活', dataIndex: 'joinsLifeThere', width: 100, render: (v: boolean) => (v ? '是' : '否') },
          {
            title: '最近联系',
            dataIndex: 'lastContactOn',
            width: 105,
            render: (v: string | null) => <span data-testid="last-contact">{v ?? '从未联系'}</span>,
          },
          // Status and actions stay at the right edge: at 1366×768 the register is wider than the page.
          { title: '状态', width: 100, fixed: 'right', render: (_, r) => flowTag(r, asOf) },
          {
            title: '',
            width: 190,
            fixed: 'right',
            render: (_, r) =>
              !r.voidedAt && (
                <Space size={8} style={{ whiteSpace: 'nowrap' }}>
                  <a data-testid={`care-flow-contact-${r.name}`} onClick={() => setContacting(r)}>
                    记录联系
                  </a>
                  <a data-testid={`care-flow-edit-${r.name}`} onClick={() => setEditing(r)}>
                    {r.returnedOn ? '编辑' : '编辑/返回'}
                  </a>
                  <a data-testid={`care-flow-void-${r.name}`} onClick={() => setVoiding(r)}>
                    作废
                  </a>
                </Space>
              ),
          },
        ]}
      />
      <FlowInsSection asOf={asOf} includeEnded={includeEnded} />
      <FlowOutModal editing={editing} onClose={() => setEditing(undefined)} />
      <FlowContactModal flow={contacting} onClose={() => setContacting(null)} />
      <VoidModal
        what={voiding ? `${voiding.name}${voiding.leftOn}的流出记录` : null}
        onVoid={(reason) => voidFlow.call({ id: voiding!.id, reason })}
        onClose={() => setVoiding(null)}
      />
    </>
  );
}
