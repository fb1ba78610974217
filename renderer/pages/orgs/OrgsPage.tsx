import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Space, Switch, Tag, Tree, type TreeDataNode } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { OrgRow } from '../../../api/schemas/orgs';
import { navigate, useHashRoute } from '../../useHashRoute';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { CommitteeCard } from './CommitteeCard';
import { CloseOrgModal, MoveOrgModal } from './OrgActionModals';
import { OrgFormModal } from './OrgFormModal';
import { buildOrgTree, isBranch, type OrgNode } from './orgTree';

type Dialog = 'add' | 'edit' | 'move' | 'close' | null;

function toTreeData(nodes: OrgNode[]): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.id,
    title: (
      <span data-testid={`org-node-${n.name}`}>
        {n.name} <Tag>{n.kind}</Tag>
        {n.activeMembers > 0 && <Tag color="blue">{n.activeMembers}人</Tag>}
        {n.closedOn && <Tag color="default">已撤销</Tag>}
      </span>
    ),
    children: toTreeData(n.children),
  }));
}

export default function OrgsPage() {
  const { message } = App.useApp();
  const route = useHashRoute();
  const [showClosed, setShowClosed] = useState(false);
  const list = useLedgerQuery('orgs.list', { includeClosed: true });
  const orgs = useMemo(() => (list.data ?? []).filter((o) => showClosed || !o.closedOn), [list.data, showClosed]);
  const selectedId = Number(route.params.get('org')) || orgs[0]?.id;
  const detail = useLedgerQuery('orgs.get', selectedId ? { id: selectedId } : null);
  const reopenOrg = useLedgerMutation('orgs.reopen');
  const [dialog, setDialog] = useState<Dialog>(null);
  const tree = useMemo(() => buildOrgTree(orgs), [orgs]);
  // Everything is expanded unless the user folded it, so a newly added branch is visible.
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const expandedKeys = orgs.map((o) => o.id).filter((id) => !collapsed.has(id));

  const closeDialog = () => setDialog(null);
  const select = (id: number) => navigate('orgs', { org: String(id) });
  useEffect(() => {
    if (detail.error && selectedId) navigate('orgs');
  }, [detail.error, selectedId]);

  const org = selectedId ? detail.data : undefined;

  async function reopen(row: OrgRow) {
    const result = await reopenOrg.call({ id: row.id });
    if (!result.ok) message.error(result.error.message);
  }

  return (
    <Row gutter={16}>
      <Col span={9}>
        <Card
          title="党组织"
          extra={
            <Space>
              <span>
                显示已撤销 <Switch size="small" checked={showClosed} onChange={setShowClosed} />
              </span>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('add')} data-testid="org-add">
                新增组织
              </Button>
            </Space>
          }
        >
          {tree.length === 0 ? (
            <Empty description="还没有党组织。请先新增社区党委（或党总支），再在其下新增党支部和党小组。" />
          ) : (
            <Tree
              treeData={toTreeData(tree)}
              expandedKeys={expandedKeys}
              onExpand={(keys) => setCollapsed(new Set(orgs.map((o) => o.id).filter((id) => !keys.includes(id))))}
              selectedKeys={selectedId ? [selectedId] : []}
              onSelect={(keys) => keys[0] !== undefined && select(Number(keys[0]))}
              blockNode
            />
          )}
        </Card>
      </Col>
      <Col span={15}>
        {org && (
          <Space orientation="vertical" style={{ width: '100%' }} size={16}>
            <Card
              title={
                <>
                  {org.name} <Tag>{org.kind}</Tag>
                  {org.closedOn && <Tag>已撤销</Tag>}
                </>
              }
              extra={
                org.closedOn ? (
                  <Popconfirm title="恢复该组织？" onConfirm={() => reopen(org)} okText="恢复" cancelText="取消">
                    <Button>恢复组织</Button>
                  </Popconfirm>
                ) : (
                  <Space>
                    {org.kind !== '党小组' && <Button onClick={() => setDialog('add')}>新增下级组织</Button>}
                    <Button onClick={() => setDialog('edit')} data-testid="org-edit">
                      编辑
                    </Button>
                    <Button onClick={() => setDialog('move')}>调整上级</Button>
                    <Button danger onClick={() => setDialog('close')}>
                      撤销
                    </Button>
                  </Space>
                )
              }
            >
              {org.closedOn && <Alert type="warning" style={{ marginBottom: 12 }} title={`已于${org.closedOn}撤销：${org.closedReason ?? ''}`} />}
              <Descriptions column={2} size="small" bordered>
                <Descriptions.Item label="类别">{org.branchType ? `${org.kind}（${org.branchType}）` : org.kind}</Descriptions.Item>
                <Descriptions.Item label="在册党员">
                  {isBranch(org) || org.kind === '党小组' ? (
                    <a onClick={() => navigate('members', { [org.kind === '党小组' ? 'groupId' : 'branchId']: String(org.id) })}>{org.activeMembers} 人</a>
                  ) : (
                    '—'
                  )}
                </Descriptions.Item>
                <Descriptions.Item label="书记（组长）">{org.secretary ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="联系人">{org.contactName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="联系电话">{org.contactPhone ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="成立日期">{org.foundedOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="任期届满">{org.termEndsOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="备注">{org.note ?? '—'}</Descriptions.Item>
              </Descriptions>
            </Card>
            <CommitteeCard org={org} />
          </Space>
        )}
      </Col>
      <OrgFormModal
        open={dialog === 'add' || dialog === 'edit'}
        editing={dialog === 'edit' ? org : undefined}
        parentId={dialog === 'add' ? (org && !org.closedOn ? org.id : null) : undefined}
        orgs={(list.data ?? []).filter((o) => !o.closedOn)}
        onClose={closeDialog}
        onSaved={(saved) => {
          closeDialog();
          select(saved.id);
        }}
      />
      {org && <MoveOrgModal org={org} orgs={list.data ?? []} open={dialog === 'move'} onClose={closeDialog} />}
      {org && <CloseOrgModal org={org} orgs={list.data ?? []} open={dialog === 'close'} onClose={closeDialog} />}
    </Row>
  );
}
