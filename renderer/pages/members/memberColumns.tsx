import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { MemberRow } from '../../../api/schemas/members';

const STATUS_COLORS: Record<string, string> = { 正常: 'green', 保留党籍: 'gold', 停止党籍: 'orange', 出党: 'red', 死亡: 'default' };

export function memberColumns(view: 'roster' | 'history'): ColumnsType<MemberRow> {
  const columns: ColumnsType<MemberRow> = [
    { title: '姓名', dataIndex: 'name', key: 'name', sorter: true, fixed: 'left', width: 90 },
    { title: '性别', dataIndex: 'gender', width: 60 },
    { title: '年龄', dataIndex: 'age', key: 'birthDate', sorter: true, width: 70 },
    { title: '公民身份号码', dataIndex: 'idNumber', width: 180 },
    {
      title: '所在党支部 / 党小组',
      key: 'branch',
      sorter: true,
      render: (_, r) => (r.groupName ? `${r.branchName} / ${r.groupName}` : r.branchName),
    },
    { title: '人员类别', dataIndex: 'category', width: 90, render: (v) => <Tag color={v === '预备党员' ? 'orange' : 'red'}>{v}</Tag> },
    { title: '党籍状态', dataIndex: 'partyStatus', width: 90, render: (v) => <Tag color={STATUS_COLORS[v]}>{v}</Tag> },
    { title: '入党日期', dataIndex: 'joinedOn', key: 'joinedOn', sorter: true, width: 110 },
    { title: '党龄', dataIndex: 'partyYears', key: 'fullMemberOn', sorter: true, width: 70, render: (v) => (v === null ? '—' : v) },
    { title: '社区分类', dataIndex: 'communityClass', width: 90 },
  ];
  if (view === 'history') {
    columns.push({ title: '离开方式', dataIndex: 'leftReason', width: 90 }, { title: '离开日期', dataIndex: 'leftOn', width: 110 });
  }
  // Held at the right edge: at 1366×768 the table is wider than the page, and the phone is what a secretary looks for.
  columns.push({ title: '联系电话', dataIndex: 'phone', width: 130, fixed: 'right' });
  return columns;
}
