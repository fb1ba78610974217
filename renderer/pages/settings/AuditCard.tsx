import { useState } from 'react';
import { Button, Card, DatePicker, Input, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { AUDITED_CALLS, callLabel } from '../../contractValue';
import type { AuditRow } from '../../../api/schemas/audit';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useLedgerQuery } from '../../useLedgerQuery';

const CALL_OPTIONS = AUDITED_CALLS.map((c) => ({ value: c, label: callLabel(c) }));

/** 操作日志: who did what, when, to which record; filter and export. */
export function AuditCard() {
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [call, setCall] = useState<string | null>(null);
  const [operator, setOperator] = useState('');
  const [page, setPage] = useState(1);
  const filter = { from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null, call, operator: operator || null };
  const log = useLedgerQuery('audit.list', { ...filter, page, pageSize: 20 });
  const exporter = useExport();
  return (
    <Card
      title="操作日志"
      style={{ marginBottom: 16 }}
      extra={
        <Button loading={exporter.busy === 'audit'} onClick={() => exporter.run('audit', () => client.call('reports.audit', filter))}>
          导出
        </Button>
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => {
            setRange(v);
            setPage(1);
          }}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="全部操作"
          style={{ width: 200 }}
          value={call}
          onChange={(v) => {
            setCall(v ?? null);
            setPage(1);
          }}
          options={CALL_OPTIONS}
        />
        <Input.Search
          allowClear
          placeholder="操作人"
          style={{ width: 140 }}
          onSearch={(v) => {
            setOperator(v);
            setPage(1);
          }}
        />
      </Space>
      <Table<AuditRow>
        data-testid="audit-table"
        rowKey="id"
        size="small"
        dataSource={log.data?.rows}
        pagination={{ current: page, pageSize: 20, total: log.data?.total, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => new Date(v).toLocaleString('zh-CN', { hour12: false }) },
          { title: '操作人', dataIndex: 'operator', width: 100, render: (v) => v ?? '（未设置）' },
          { title: '操作', dataIndex: 'call', render: (v: string) => callLabel(v) },
          { title: '涉及记录', dataIndex: 'target' },
        ]}
      />
      <p style={{ color: '#888' }}>日志只记录记录编号和年度，不记录姓名、身份证号、电话等个人信息；日志不能删除。</p>
    </Card>
  );
}
