import { Alert, Drawer, Table } from 'antd';
import type { CensusFigure, CensusPerson, CensusTable } from '../../../../api/schemas/census';
import { useLedgerQuery } from '../../../useLedgerQuery';

/** The people behind one figure; their number is the figure, and a mismatch is said, not hidden. */
export function PeopleDrawer({ year, table, figure, onClose }: { year: number; table: CensusTable; figure: CensusFigure; onClose: () => void }) {
  const people = useLedgerQuery('census.people', { year, table: table.key, key: figure.key }, { keepPrevious: false });
  const rows = people.data ?? [];
  return (
    <Drawer
      open
      size="large"
      onClose={onClose}
      title={<span data-testid="census-people-title">{`${year}年 ${table.title} · ${figure.label}：${figure.value} ${table.unit}`}</span>}
    >
      {people.error && <Alert type="error" showIcon title={people.error.message} />}
      {people.data && rows.length !== figure.value && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`名单共 ${rows.length} 人，与统计数 ${figure.value} 不一致，请核对后再上报。`} />
      )}
      <Table<CensusPerson>
        data-testid="census-people"
        size="small"
        loading={people.isLoading}
        rowKey={(p, i) => `${p.memberId ?? 'x'}-${i}`}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 人` }}
        columns={[
          { title: '序号', width: 60, render: (_, __, i) => i + 1 },
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '性别', dataIndex: 'gender', width: 60, render: (g: string | null) => g ?? '' },
          { title: '所在党支部', dataIndex: 'branchName', render: (b: string | null) => b ?? '' },
          { title: '说明', dataIndex: 'detail' },
        ]}
      />
    </Drawer>
  );
}
