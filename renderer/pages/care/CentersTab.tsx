import { useState } from 'react';
import { Button, Checkbox, DatePicker, Space, Table } from 'antd';
import dayjs from 'dayjs';
import type { CenterRow, CentersPage } from '../../../api/schemas/care';
import { todayIso } from '../../../api/rules/dates';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useLedgerQuery } from '../../useLedgerQuery';
import { CenterModal } from './CenterModal';

type BranchCount = CentersPage['byBranch'][number];

/** 党员中心户: which households of which 楼栋 each looks after, and the counts per branch on a day. */
export function CentersTab() {
  const [asOf, setAsOf] = useState(todayIso());
  const [includeEnded, setIncludeEnded] = useState(false);
  const centers = useLedgerQuery('care.centers', { asOf, includeEnded });
  const [editing, setEditing] = useState<CenterRow | null | undefined>(undefined);
  const exporter = useExport();
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>
          截至 <DatePicker aria-label="截至日期" allowClear={false} value={dayjs(asOf)} onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))} />
        </span>
        <Checkbox checked={includeEnded} onChange={(e) => setIncludeEnded(e.target.checked)}>
          显示已撤销的中心户
        </Checkbox>
        <Button type="primary" data-testid="care-center-add" onClick={() => setEditing(null)}>
          设立党员中心户
        </Button>
        <Button
          data-testid="care-center-export"
          loading={exporter.busy !== null}
          onClick={() => exporter.run('centers', () => client.call('reports.centerHouseholds', { asOf, maskPhones: false }))}
        >
          导出党员中心户联系表
        </Button>
      </Space>
      <Table<CenterRow>
        scroll={{ x: 'max-content' }}
        data-testid="care-center-table"
        rowKey="id"
        size="small"
        loading={centers.isFetching && !centers.data}
        dataSource={centers.data?.rows ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: `${asOf}没有党员中心户` }}
        onRow={(r) => ({ 'data-testid': `care-center-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '党员中心户', dataIndex: 'name', width: 110 },
          { title: '所在党支部', dataIndex: 'branchName', width: 170, ellipsis: true },
          { title: '楼栋', dataIndex: 'building', width: 90 },
          { title: '联系户数', dataIndex: 'households', width: 80, align: 'right' },
          { title: '联系户名单', dataIndex: 'householdNames', ellipsis: true, render: (v: string | null) => v ?? '—' },
          { title: '联系电话', dataIndex: 'phone', width: 120, render: (v: string | null) => v ?? '—' },
          { title: '设立日期', dataIndex: 'fromOn', width: 105 },
          { title: '撤销日期', dataIndex: 'toOn', width: 105, render: (v: string | null) => v ?? '—' },
          {
            title: '',
            width: 60,
            fixed: 'right',
            render: (_, r) => (
              <a data-testid={`care-center-edit-${r.name}`} onClick={() => setEditing(r)}>
                编辑
              </a>
            ),
          },
        ]}
      />
      <h4 style={{ marginTop: 20 }}>各支部党员中心户和联系户（{asOf}）</h4>
      <Table<BranchCount>
        scroll={{ x: 'max-content' }}
        data-testid="care-center-branches"
        rowKey="orgId"
        size="small"
        pagination={false}
        dataSource={centers.data?.byBranch ?? []}
        columns={[
          { title: '党支部', dataIndex: 'orgName' },
          { title: '党员中心户', dataIndex: 'centers', width: 120, align: 'right' },
          { title: '联系户', dataIndex: 'households', width: 120, align: 'right' },
        ]}
      />
      <CenterModal editing={editing} onClose={() => setEditing(undefined)} />
    </>
  );
}
