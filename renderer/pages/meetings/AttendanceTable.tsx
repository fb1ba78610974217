import { Button, Input, Radio, Space, Table } from 'antd';
import type { AttendanceStatus } from '../../../api/meetingTypes';

export interface AttendanceDraft {
  memberId: number;
  name: string;
  category: string;
  status: AttendanceStatus;
  reason: string | null;
}

interface Props {
  rows: AttendanceDraft[];
  onChange: (rows: AttendanceDraft[]) => void;
}

/** One line per expected person; everyone starts as 出席 and the exceptions are marked. */
export function AttendanceTable({ rows, onChange }: Props) {
  const set = (memberId: number, patch: Partial<AttendanceDraft>) => onChange(rows.map((r) => (r.memberId === memberId ? { ...r, ...patch } : r)));
  const present = rows.filter((r) => r.status === '出席').length;
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <span data-testid="attendance-summary">
          应到 {rows.length} 人，实到 {present} 人，出勤率 {rows.length ? Math.round((present / rows.length) * 1000) / 10 : 0}%
        </span>
        <Button size="small" onClick={() => onChange(rows.map((r) => ({ ...r, status: '出席', reason: null })))}>
          全部设为出席
        </Button>
      </Space>
      <Table
        size="small"
        rowKey="memberId"
        pagination={false}
        dataSource={rows}
        scroll={{ y: 320 }}
        locale={{ emptyText: '请先选择组织、会议类型和召开日期' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '类别', dataIndex: 'category', width: 90 },
          {
            title: '出勤',
            width: 220,
            render: (_, r) => (
              <Radio.Group
                data-testid={`attendance-${r.name}`}
                value={r.status}
                onChange={(e) => set(r.memberId, { status: e.target.value, reason: e.target.value === '出席' ? null : r.reason })}
                options={['出席', '请假', '缺席'].map((v) => ({ value: v, label: v }))}
              />
            ),
          },
          {
            title: '原因（请假、缺席必填）',
            render: (_, r) =>
              r.status !== '出席' && (
                <Input size="small" aria-label={`${r.name}的原因`} value={r.reason ?? ''} onChange={(e) => set(r.memberId, { reason: e.target.value })} status={r.reason ? undefined : 'error'} />
              ),
          },
        ]}
      />
    </>
  );
}
