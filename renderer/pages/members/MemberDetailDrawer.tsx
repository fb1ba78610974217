import { useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Drawer, InputNumber, Space, Table, Tag } from 'antd';
import { EXCLUDED } from '../../../api/meetingTypes';
import type { MemberDetail } from '../../../api/schemas/members';
import { client } from '../../api';
import { useLedgerQuery } from '../../useLedgerQuery';
import { MemberCareSection } from '../care/MemberCareSection';
import { MemberDuesSection } from '../dues/MemberDuesSection';
import { MemberHistoryTimeline } from './MemberHistoryTimeline';
import { availableChanges, StatusChangeModal } from './StatusChangeModal';

const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);
const ATTENDANCE_TAG_COLORS: Record<string, string> = { 出席: 'green', 请假: 'gold', 缺席: 'red', [EXCLUDED]: 'default' };

interface Props {
  memberId: number | null;
  onClose: () => void;
  onEdit: (m: MemberDetail) => void;
}

export function MemberDetailDrawer({ memberId, onClose, onEdit }: Props) {
  // No member chosen: nothing is asked.
  const detail = useLedgerQuery('members.get', memberId ? { id: memberId } : null);
  const [year, setYear] = useState(new Date().getFullYear());
  const attendance = useLedgerQuery('members.attendance', memberId ? { id: memberId, year } : null);
  // Asked beside the member, not after it, and handed to the timeline below: a second
  // observer mounting once the member is in would find it stale and ask again.
  const history = useLedgerQuery('members.history', memberId ? { id: memberId } : null, { keepPrevious: false });
  // The year's dues, and 党费交纳至 derived from the payments (the typed value is only the opening).
  const dues = useLedgerQuery('dues.member', memberId ? { memberId, year } : null, { keepPrevious: false });
  // 流动, 失联, 慰问, 中心户: kept in the registers (care), no longer as flags on the member.
  const care = useLedgerQuery('care.member', memberId ? { memberId } : null, { keepPrevious: false });
  const [changing, setChanging] = useState(false);
  const [revealed, setRevealed] = useState<{ idNumber: string; phone: string | null } | null>(null);
  // A save brings the record back masked: the full numbers shown were those before it.
  useEffect(() => setRevealed(null), [detail.data]);
  const shown = memberId ? detail.data : undefined;
  const m = shown && revealed ? { ...shown, ...revealed } : shown;

  /** The full numbers are fetched one member at a time, and each time is logged. */
  async function reveal() {
    const r = await client.call('members.reveal', { id: memberId! });
    if (r.ok) setRevealed(r.value);
    return r.ok ? r.value : null;
  }
  async function edit() {
    const full = revealed ?? (await reveal());
    if (full && shown) onEdit({ ...shown, ...full });
  }

  const flags = m ? [m.isInDifficulty && '困难党员', m.isVeteran && '老党员', m.isFrail && '年老体弱'].filter(Boolean) : [];
  const outNow = care.data?.flows.find((f) => !f.voidedAt && !f.returnedOn);
  const lostNow = care.data?.lost.find((l) => !l.foundOn);

  return (
    <Drawer
      open={memberId !== null}
      title={m ? `${m.name}${m.leftOn ? `（${m.leftReason}）` : ''}` : '党员'}
      size={760}
      onClose={onClose}
      extra={
        m && (
          <Space>
            {!m.leftOn && (
              <Button onClick={edit} data-testid="member-edit">
                编辑资料
              </Button>
            )}
            {availableChanges(m).length > 0 && (
              <Button type="primary" onClick={() => setChanging(true)} data-testid="member-status">
                状态变更
              </Button>
            )}
          </Space>
        )
      }
    >
      {detail.error && <Alert type="error" title={detail.error.message} />}
      {m && (
        <>
          {m.leftOn && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`已于${m.leftOn}${m.leftReason}，现列入历史党员，资料只读。`} />}
          {m.probationDueOn && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`预备期满日期：${m.probationDueOn}`} />}
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label="姓名">{m.name}</Descriptions.Item>
            <Descriptions.Item label="性别">{m.gender}</Descriptions.Item>
            <Descriptions.Item label="公民身份号码">
              <span data-testid="member-id-number">{m.idNumber}</span>
              {!revealed && (
                <a style={{ marginLeft: 8 }} data-testid="member-reveal" onClick={reveal}>
                  显示完整号码
                </a>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="出生日期">
              {m.birthDate}（{dash(m.age)}岁）
            </Descriptions.Item>
            <Descriptions.Item label="民族">{dash(m.ethnicity)}</Descriptions.Item>
            <Descriptions.Item label="学历">{dash(m.education)}</Descriptions.Item>
            <Descriptions.Item label="入党日期">{m.joinedOn}</Descriptions.Item>
            <Descriptions.Item label="转正日期">{dash(m.fullMemberOn)}</Descriptions.Item>
            <Descriptions.Item label="人员类别">{m.category}</Descriptions.Item>
            <Descriptions.Item label="党龄">{m.partyYears === null ? '—' : `${m.partyYears}年`}</Descriptions.Item>
            <Descriptions.Item label="党籍状态">
              {m.partyStatus}
              {m.partyStatusOn && m.partyStatus !== '正常' ? `（${m.partyStatusOn}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="社区分类">{m.communityClass}</Descriptions.Item>
            <Descriptions.Item label="所在党支部">{m.branchName}</Descriptions.Item>
            <Descriptions.Item label="党小组">{dash(m.groupName)}</Descriptions.Item>
            <Descriptions.Item label="党内职务">{dash(m.partyPost)}</Descriptions.Item>
            <Descriptions.Item label="党费交纳至">
              <span data-testid="member-dues-paid-through">{dash(dues.data ? dues.data.paidThrough : m.duesPaidThrough)}</span>
            </Descriptions.Item>
            <Descriptions.Item label="工作单位及职务" span={2}>
              {dash(m.workUnit)}
            </Descriptions.Item>
            <Descriptions.Item label="现居住地址" span={2}>
              {[m.residenceCommunity, m.building && `${m.building}`, m.room].filter(Boolean).join(' ') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="联系电话">{dash(m.phone)}</Descriptions.Item>
            <Descriptions.Item label="流动去向">{outNow ? `${outNow.place}（${outNow.leftOn}起）` : '—'}</Descriptions.Item>
            <Descriptions.Item label="失联">{lostNow ? `自${lostNow.lostOn}失联` : '否'}</Descriptions.Item>
            <Descriptions.Item label="标记">{flags.length ? flags.map((f) => <Tag key={String(f)}>{f}</Tag>) : '—'}</Descriptions.Item>
            <Descriptions.Item label="备注" span={2}>
              {dash(m.note)}
            </Descriptions.Item>
          </Descriptions>
          <h4 style={{ marginTop: 20 }}>
            组织生活出勤（
            <InputNumber size="small" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} style={{ width: 80 }} />
            年）
          </h4>
          {attendance.data && (
            <>
              <p data-testid="member-attendance-rate">
                应参加 {attendance.data.expected} 次，出席 {attendance.data.present} 次，出勤率{' '}
                {attendance.data.rate === null ? '—' : `${Math.round(attendance.data.rate * 1000) / 10}%`}
                {attendance.data.rows.some((r) => r.status === EXCLUDED) &&
                  `（另有 ${attendance.data.rows.filter((r) => r.status === EXCLUDED).length} 次不计应到）`}
              </p>
              <Table
                size="small"
                rowKey="meetingId"
                pagination={false}
                dataSource={attendance.data.rows}
                locale={{ emptyText: '该年没有需要参加的会议' }}
                columns={[
                  { title: '日期', dataIndex: 'heldOn', width: 110 },
                  { title: '会议', dataIndex: 'types' },
                  { title: '出勤', dataIndex: 'status', width: 90, render: (v: string) => <Tag color={ATTENDANCE_TAG_COLORS[v] ?? 'red'}>{v}</Tag> },
                  { title: '原因', dataIndex: 'reason', render: (v: string | null, r) => `${v ?? ''}${r.approvedByHigher ? '（已经上级党组织同意）' : ''}` },
                ]}
              />
            </>
          )}
          <h4 style={{ marginTop: 20 }}>党费（{year}年）</h4>
          <MemberDuesSection dues={dues} />
          <h4 style={{ marginTop: 20 }}>流动与关怀</h4>
          <MemberCareSection care={care} />
          <MemberHistoryTimeline memberId={memberId} history={history} />
          <StatusChangeModal member={m} open={changing} onClose={() => setChanging(false)} onDone={() => setChanging(false)} />
        </>
      )}
    </Drawer>
  );
}
