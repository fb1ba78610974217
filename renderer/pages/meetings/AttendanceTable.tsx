import { Button, Checkbox, Input, Radio, Space, Table } from 'antd';
import { ATTENDANCE_STATUSES, EXCLUDED, type AttendanceStatus } from '../../../api/meetingTypes';

export interface AttendanceDraft {
  memberId: number;
  name: string;
  category: string;
  status: AttendanceStatus;
  reason: string | null;
  approvedByHigher: boolean;
}

interface Props {
  rows: AttendanceDraft[];
  /** An election: leaving someone out of 应到 needs the 上级党组织's consent, recorded per person. */
  isElection: boolean;
  onChange: (rows: AttendanceDraft[]) => void;
}

const REASON_HINT: Partial<Record<AttendanceStatus, string>> = { [EXCLUDED]: '如重病、长期外出务工、出国半年以上' };

/** One line per expected person; everyone starts as 出席 and the exceptions are marked. */
export function AttendanceTable({ rows, isElection, onChange }: Props) {
  const set = (memberId: number, patch: Partial<AttendanceDraft>) => onChange(rows.map((r) => (r.memberId === memberId ? { ...r, ...patch } : r)));
  const excluded = rows.filter((r) => r.status === EXCLUDED).length;
  const expected = rows.length - excluded;
  const present = rows.filter((r) => r.status === '出席').length;
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <span data-testid="attendance-summary">
          应到 {expected} 人，实到 {present} 人，出勤率 {expected ? Math.round((present / expected) * 1000) / 10 : 0}%
          {excluded ? `（另有 ${excluded} 人不计应到）` : ''}
        </span>
        <Button size="small" onClick={() => onChange(rows.map((r) => ({ ...r, status: '出席', reason: null, approvedByHigher: false })))}>
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
            width: 300,
            render: (_, r) => (
              <Radio.Group
                data-testid={`attendance-${r.name}`}
                value={r.status}
                onChange={(e) =>
                  set(r.memberId, {
                    status: e.target.value,
                    reason: e.target.value === '出席' ? null : r.reason,
                    approvedByHigher: e.target.value === EXCLUDED && r.approvedByHigher,
                  })
                }
                options={ATTENDANCE_STATUSES.map((v) => ({ value: v, label: v }))}
              />
            ),
          },
          {
            title: '原因（请假、缺席、不计应到必填）',
            render: (_, r) =>
              r.status !== '出席' && (
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <Input
                    size="small"
                    aria-label={`${r.name}的原因`}
                    placeholder={REASON_HINT[r.status]}
                    value={r.reason ?? ''}
                    onChange={(e) => set(r.memberId, { reason: e.target.value })}
                    status={r.reason ? undefined : 'error'}
                  />
                  {isElection && r.status === EXCLUDED && (
                    <Checkbox checked={r.approvedByHigher} onChange={(e) => set(r.memberId, { approvedByHigher: e.target.checked })}>
                      {/* 选举工作条例: at an election only the 上级党组织 may let someone out of 应到. */}
                      <span style={{ color: r.approvedByHigher ? undefined : '#d46b08' }}>
                        已经上级党组织同意{r.approvedByHigher ? '' : '（选举时未经同意仍计入应到）'}
                      </span>
                    </Checkbox>
                  )}
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}
