import { useMemo, useState } from 'react';
import { Button, Card, Input, Select, Space, Table, Tabs } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { COMMUNITY_CLASSES, MEMBER_CATEGORIES, PARTY_STATUSES, SORTABLE_MEMBER_FIELDS } from '../../../api/enums';
import type { MemberDetail, MemberListQuery } from '../../../api/schemas/members';
import { navigate, useHashRoute } from '../../useHashRoute';
import { useLedgerQuery } from '../../useLedgerQuery';
import { orgPath } from '../orgs/orgTree';
import { memberColumns } from './memberColumns';
import { MemberDetailDrawer } from './MemberDetailDrawer';
import { MemberFormDrawer } from './MemberFormDrawer';
import { RosterExportModal } from './RosterExportModal';
import { ImportDrawer } from './import/ImportDrawer';

type Filters = Pick<MemberListQuery, 'view' | 'branchId' | 'groupId' | 'category' | 'partyStatus' | 'communityClass' | 'keyword'>;
type Sort = Pick<MemberListQuery, 'sortBy' | 'sortOrder' | 'page' | 'pageSize'>;

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/** Filters live in the address (#/members?branchId=3), so a link from 党组织 or 首页 lands filtered. */
function filtersFrom(params: URLSearchParams): Filters {
  const num = (k: string) => (params.get(k) ? Number(params.get(k)) : null);
  const str = <T extends string>(k: string) => (params.get(k) || null) as T | null;
  return {
    view: params.get('view') === 'history' ? 'history' : 'roster',
    branchId: num('branchId'),
    groupId: num('groupId'),
    category: str('category'),
    partyStatus: str('partyStatus'),
    communityClass: str('communityClass'),
    keyword: params.get('keyword'),
  };
}

export default function MembersPage() {
  const route = useHashRoute();
  const filters = filtersFrom(route.params);
  const openMemberId = Number(route.params.get('member')) || null;
  const [sort, setSort] = useState<Sort>({ sortBy: 'branch', sortOrder: 'asc', page: 1, pageSize: 20 });
  const list = useLedgerQuery('members.list', { ...filters, ...sort });
  const orgs = useLedgerQuery('orgs.list', { includeClosed: true });
  const [form, setForm] = useState<{ open: boolean; editing?: MemberDetail }>({ open: false });
  const [keyword, setKeyword] = useState(filters.keyword ?? '');
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);

  const setFilter = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch, ...('branchId' in patch ? { groupId: null } : {}) };
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(next)) if (v !== null && v !== '' && !(k === 'view' && v === 'roster')) params[k] = String(v);
    setSort((s) => ({ ...s, page: 1 }));
    navigate('members', params);
  };
  const openMember = (id: number | null) => {
    const params = Object.fromEntries(route.params.entries());
    if (id === null) delete params.member;
    else params.member = String(id);
    navigate('members', params);
  };

  const allOrgs = orgs.data ?? [];
  const branchOptions = allOrgs.filter((o) => o.kind === '党支部' || o.kind === '联合党支部').map((o) => ({ value: o.id, label: orgPath(allOrgs, o.id) }));
  const groupOptions = allOrgs
    .filter((o) => o.kind === '党小组' && (!filters.branchId || o.parentId === filters.branchId))
    .map((o) => ({ value: o.id, label: o.name }));
  const columns = useMemo(() => memberColumns(filters.view), [filters.view]);

  return (
    <Card>
      <Tabs
        activeKey={filters.view}
        onChange={(view) => setFilter({ view: view as Filters['view'] })}
        items={[
          { key: 'roster', label: <span data-testid="tab-roster">在册党员</span> },
          { key: 'history', label: <span data-testid="tab-history">历史党员</span> },
        ]}
        tabBarExtraContent={
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="roster-import">
              导入
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => setExporting(true)} data-testid="roster-export">
              导出花名册
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true })} data-testid="member-add">
              新增党员
            </Button>
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          data-testid="filter-branch"
          style={{ width: 240 }}
          allowClear
          placeholder="所在党支部"
          value={filters.branchId}
          options={branchOptions}
          onChange={(v) => setFilter({ branchId: v ?? null })}
        />
        <Select
          data-testid="filter-group"
          style={{ width: 160 }}
          allowClear
          placeholder="党小组"
          value={filters.groupId}
          options={groupOptions}
          onChange={(v) => setFilter({ groupId: v ?? null })}
        />
        <Select
          data-testid="filter-category"
          style={{ width: 120 }}
          allowClear
          placeholder="人员类别"
          value={filters.category}
          options={options(MEMBER_CATEGORIES)}
          onChange={(v) => setFilter({ category: v ?? null })}
        />
        <Select
          data-testid="filter-status"
          style={{ width: 120 }}
          allowClear
          placeholder="党籍状态"
          value={filters.partyStatus}
          options={options(PARTY_STATUSES)}
          onChange={(v) => setFilter({ partyStatus: v ?? null })}
        />
        <Select
          data-testid="filter-class"
          style={{ width: 120 }}
          allowClear
          placeholder="社区分类"
          value={filters.communityClass}
          options={options(COMMUNITY_CLASSES)}
          onChange={(v) => setFilter({ communityClass: v ?? null })}
        />
        <Input.Search
          data-testid="filter-keyword"
          style={{ width: 260 }}
          allowClear
          placeholder="姓名、身份证号或电话"
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
          onSearch={(v) => setFilter({ keyword: v.trim() || null })}
        />
      </Space>
      <Table
        data-testid="member-table"
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows}
        scroll={{ x: 1300 }}
        locale={{ emptyText: filters.view === 'history' ? '没有历史党员' : '没有符合条件的党员' }}
        onRow={(r) => ({ onClick: () => openMember(r.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: sort.page,
          pageSize: sort.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total} 人`,
        }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = s?.order ? (s.columnKey as Sort['sortBy']) : 'branch';
          setSort({
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? 20,
            sortBy: (SORTABLE_MEMBER_FIELDS as readonly string[]).includes(key) ? key : 'branch',
            // 年龄 sorts by 出生日期, which runs the other way: youngest first = latest birth date first.
            sortOrder: (s?.order === 'descend') !== (key === 'birthDate') ? 'desc' : 'asc',
          });
        }}
      />
      <MemberFormDrawer
        open={form.open}
        editing={form.editing}
        orgs={allOrgs}
        onClose={() => setForm({ open: false })}
        onSaved={(id) => {
          setForm({ open: false });
          openMember(id);
        }}
      />
      <ImportDrawer open={importing} onClose={() => setImporting(false)} />
      <RosterExportModal open={exporting} orgs={allOrgs} branchId={filters.branchId} onClose={() => setExporting(false)} />
      {/* Keyed by member: the year shown and the revealed numbers belong to one member. */}
      <MemberDetailDrawer
        key={openMemberId ?? 'none'}
        memberId={openMemberId}
        onClose={() => openMember(null)}
        onEdit={(m) => setForm({ open: true, editing: m })}
      />
    </Card>
  );
}
