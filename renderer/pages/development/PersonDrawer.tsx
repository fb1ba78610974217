import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Empty, Space, Tag, Timeline } from 'antd';
import { dueLabel } from '../../../api/devDueLabel';
import { DEV_STAGE_NAMES } from '../../../api/development';
import { recordDetails } from '../../../api/devRecordText';
import type { DevRecord } from '../../../api/schemas/development';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { navigate } from '../../useHashRoute';
import { useLedgerQuery } from '../../useLedgerQuery';
import { AttachmentsSection } from '../meetings/AttachmentsSection';
import { LeaveModal } from './LeaveModal';
import { PersonFormModal } from './PersonFormModal';
import { RecordStepModal } from './RecordStepModal';
import { StageTag } from './StageTag';
import { VoidRecordModal } from './VoidRecordModal';

const dash = (v: string | null | undefined) => v || '—';

/** One person's file: details, every recorded step in the 细则's order, what is due next, documents. */
export function PersonDrawer({ personId, onClose }: { personId: number | null; onClose: () => void }) {
  const file = useLedgerQuery('development.person', personId ? { id: personId } : null, { keepPrevious: false });
  const steps = useLedgerQuery('development.steps', {});
  const exporter = useExport();
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [voiding, setVoiding] = useState<DevRecord | null>(null);
  const f = personId ? file.data : undefined;
  const p = f?.person;
  const stageOf = new Map((steps.data ?? []).map((s) => [s.code, s.stage]));
  const seqOf = new Map((steps.data ?? []).map((s) => [s.code, s.seq]));
  const records = [...(f?.records ?? [])].sort(
    (a, b) => (seqOf.get(a.stepCode) ?? 0) - (seqOf.get(b.stepCode) ?? 0) || a.doneOn.localeCompare(b.doneOn) || a.id - b.id,
  );
  const active = p && !p.leftOn;
  return (
    <Drawer
      open={personId !== null}
      title={
        p ? (
          <span>
            {p.name} <StageTag row={p} />
          </span>
        ) : (
          '发展党员档案'
        )
      }
      size={820}
      onClose={onClose}
      extra={
        p && (
          <Space>
            {active && (
              <Button type="primary" data-testid="dev-record" onClick={() => setRecording(true)}>
                记录步骤
              </Button>
            )}
            <Button onClick={() => setEditing(true)}>修改信息</Button>
            <Button
              data-testid="dev-export-record"
              loading={exporter.busy !== null}
              onClick={() => exporter.run('record', () => client.call('reports.devRecord', { personId: p.id }))}
            >
              导出纪实表
            </Button>
            {active && (
              <Button danger data-testid="dev-leave" onClick={() => setLeaving(true)}>
                退出发展程序
              </Button>
            )}
          </Space>
        )
      }
    >
      {p && f && (
        <Space orientation="vertical" style={{ width: '100%' }} size={16}>
          {p.leftOn && (
            <Alert type="info" showIcon title={`${p.leftOn} 退出发展程序：${p.leftReason ?? ''}${p.leftNote ? `（${p.leftNote}）` : ''}。档案保留备查。`} />
          )}
          {p.memberId && (
            <Alert
              type="success"
              showIcon
              data-testid="dev-member-link"
              title={
                <span>
                  已列入党员名册（入党日期 {dash(p.admittedOn)}
                  {p.regularOn ? `，转正日期 ${p.regularOn}` : ''}）。
                  <a onClick={() => navigate('members', { member: String(p.memberId) })}>在党员名册中查看</a>
                </span>
              }
            />
          )}
          {active && f.due.length > 0 && (
            <Alert
              type={f.due.some((d) => d.overdue) ? 'warning' : 'info'}
              showIcon
              data-testid="dev-due"
              title="待办"
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {f.due.map((d) => (
                    <li key={d.code + d.dueOn}>
                      <Tag color={d.overdue ? 'red' : 'blue'}>{dueLabel(d)}</Tag>
                      {d.message}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <Descriptions size="small" bordered column={3}>
            <Descriptions.Item label="性别">{p.gender}</Descriptions.Item>
            <Descriptions.Item label="民族">{dash(p.ethnicity)}</Descriptions.Item>
            <Descriptions.Item label="出生日期">{dash(p.birthDate)}</Descriptions.Item>
            <Descriptions.Item label="公民身份号码" span={2}>
              {dash(p.idNumber)}
            </Descriptions.Item>
            <Descriptions.Item label="学历">{dash(p.education)}</Descriptions.Item>
            <Descriptions.Item label="所在党支部" span={2}>
              {p.orgName}
            </Descriptions.Item>
            <Descriptions.Item label="联系电话">{dash(p.phone)}</Descriptions.Item>
            <Descriptions.Item label="工作单位及职务" span={3}>
              {dash(p.workUnit)}
            </Descriptions.Item>
            {p.note && (
              <Descriptions.Item label="备注" span={3}>
                {p.note}
              </Descriptions.Item>
            )}
          </Descriptions>
          <div data-testid="dev-timeline">
            <h4>发展环节</h4>
            {records.length === 0 ? (
              <Empty description="尚未记录任何环节" />
            ) : (
              <Timeline
                items={records.map((r) => ({
                  color: r.voidedAt ? 'gray' : r.warning ? 'orange' : 'green',
                  content: (
                    <div data-testid={`dev-rec-${r.stepCode}`} style={r.voidedAt ? { color: '#999' } : undefined}>
                      <div>
                        <Tag>{DEV_STAGE_NAMES[(stageOf.get(r.stepCode) ?? 1) - 1]}</Tag>
                        <b style={r.voidedAt ? { textDecoration: 'line-through' } : undefined}>{r.stepName}</b> {r.doneOn}
                        {r.endOn && r.endOn !== r.doneOn ? ` 至 ${r.endOn}` : ''}
                        {!r.voidedAt && active && (
                          <a style={{ marginLeft: 12 }} onClick={() => setVoiding(r)}>
                            作废
                          </a>
                        )}
                      </div>
                      {recordDetails(r).map((line) => (
                        <div key={line}>{line}</div>
                      ))}
                      {r.note && <div>备注：{r.note}</div>}
                      {r.warning && <div style={{ color: '#d46b08' }}>提示：{r.warning}</div>}
                      {r.voidedAt && (
                        <div>
                          已作废（{r.voidedAt.slice(0, 10)}）：{r.voidReason}
                        </div>
                      )}
                    </div>
                  ),
                }))}
              />
            )}
          </div>
          <div>
            <h4>材料（入党申请书、思想汇报、志愿书扫描件等）</h4>
            <AttachmentsSection kind="development" ownerId={p.id} />
          </div>
        </Space>
      )}
      {p && (
        <>
          <RecordStepModal open={recording} file={f!} onClose={() => setRecording(false)} />
          <PersonFormModal open={editing} person={p} onClose={() => setEditing(false)} />
          <LeaveModal open={leaving} person={p} onClose={() => setLeaving(false)} />
          <VoidRecordModal record={voiding} onClose={() => setVoiding(null)} />
        </>
      )}
    </Drawer>
  );
}
