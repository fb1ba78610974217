import { useState } from 'react';
import { Button, Checkbox, Segmented, Space, Table, Tag } from 'antd';
import { dueLabel } from '../../../api/devDueLabel';
import { PERSON_STAGES, type PersonStage } from '../../../api/development';
import type { DevPersonRow } from '../../../api/schemas/development';
import { useLedgerQuery } from '../../useLedgerQuery';
import { BranchSelect } from '../dues/BranchSelect';
import { DevExports } from './DevExports';
import { DevImportButton } from './DevImportButton';
import { PersonFormModal } from './PersonFormModal';
import { StageTag } from './StageTag';

const ALL = '全部';

/** The register: everyone in the pipeline, by stage, with the next step each is due for. */
export function RegisterTab({ onOpen }: { onOpen: (id: number) => void }) {
  const [stage, setStage] = useState<PersonStage | typeof ALL>(ALL);
  const [orgId, setOrgId] = useState<number | null>(null);
  const [includeLeft, setIncludeLeft] = useState(false);
  const [creating, setCreating] = useState(false);
  const list = useLedgerQuery('development.list', { stage: stage === ALL ? null : stage, orgId, includeLeft });
  const rows = list.data ?? [];
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented<PersonStage | typeof ALL> data-testid="dev-stage" value={stage} onChange={setStage} options={[ALL, ...PERSON_STAGES]} />
        <BranchSelect testId="dev-org" allowAll value={orgId} onChange={setOrgId} />
        <Checkbox checked={includeLeft} onChange={(e) => setIncludeLeft(e.target.checked)}>
          含已退出
        </Checkbox>
        <Button type="primary" data-testid="dev-create" onClick={() => setCreating(true)}>
          登记入党申请人
        </Button>
        <DevImportButton />
        <DevExports orgId={orgId} />
      </Space>
      <Table<DevPersonRow>
        data-testid="dev-table"
        rowKey="id"
        size="small"
        dataSource={rows}
        loading={list.isFetching && !list.data}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (t) => `共 ${t} 人` }}
        scroll={{ x: 1320 }}
        onRow={(r) => ({ 'data-testid': `dev-row-${r.name}`, onClick: () => onOpen(r.id), style: { cursor: 'pointer' } }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 80, fixed: 'left' },
          { title: '性别', dataIndex: 'gender', width: 50 },
          { title: '所在党支部', dataIndex: 'orgName', width: 140, ellipsis: true },
          { title: '阶段', width: 100, render: (_, r) => <StageTag row={r} /> },
          { title: '申请', dataIndex: 'appliedOn', width: 95 },
          { title: '积极分子', dataIndex: 'activistOn', width: 95 },
          { title: '发展对象', dataIndex: 'candidateOn', width: 95 },
          { title: '入党日期', dataIndex: 'admittedOn', width: 95 },
          { title: '培养联系人', width: 120, render: (_, r) => r.mentors.join('、') || '—' },
          { title: '入党介绍人', width: 120, render: (_, r) => r.sponsors.join('、') || '—' },
          {
            title: '下一步',
            width: 330,
            // At 1366×768 the register is wider than the page: the next step stays in sight.
            fixed: 'right',
            render: (_, r) =>
              r.leftOn ? (
                <span style={{ color: '#888' }}>
                  {r.leftOn} {r.leftReason}
                </span>
              ) : r.next ? (
                <span data-testid="dev-next">
                  <Tag color={r.next.overdue ? 'red' : 'blue'}>{dueLabel(r.next)}</Tag>
                  {r.next.message}
                </span>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <PersonFormModal
        open={creating}
        person={null}
        onClose={(id) => {
          setCreating(false);
          if (id) onOpen(id);
        }}
      />
    </>
  );
}
