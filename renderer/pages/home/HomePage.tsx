import { Badge, EmptyNote, Figure, Grid, ListItem, PagedList, Panel, Placeholder } from '../../components/plain/plain';
import { navigate } from '../../useHashRoute';
import { useLedgerQuery } from '../../useLedgerQuery';
import { DevRemindersPanel } from './DevRemindersPanel';
import { CareRemindersPanel } from './CareRemindersPanel';
import { DuesRemindersPanel } from './DuesRemindersPanel';
import { FiguresSection } from './FiguresSection';
import { ModeChoiceCard } from './ModeChoiceCard';
import { LedgerStartCard } from './LedgerStartCard';
import { StartChecklistCard } from './StartChecklistCard';
import { NextDeadlineCard } from './NextDeadlineCard';

function daysText(days: number): string {
  if (days < 0) return `已超期 ${-days} 天`;
  if (days === 0) return '今天到期';
  return `还有 ${days} 天`;
}

const openMember = (id: number) => navigate('members', { member: String(id) });
/** A large community has dozens of these a month: page them so the 首页 stays one screen. */
const PAGE_SIZE = 6;

// 首页 is the first screen: drawn with the plain pieces (components/plain), not antd's.
export default function HomePage() {
  const { data, error } = useLedgerQuery('home.reminders', {});
  if (error)
    return (
      <div role="alert" className="plain-error">
        {error.message}
      </div>
    );
  // The figures and the 党费 panel load in parallel with the reminders (keyed, so the same
  // instances stay when the reminders arrive and nothing is asked twice).
  if (!data)
    return (
      <div>
        <ModeChoiceCard key="mode" />
        <LedgerStartCard key="start" />
        <StartChecklistCard key="checklist" />
        <NextDeadlineCard key="deadline" />
        <Placeholder lines={7} />
        <DuesRemindersPanel key="dues" pageSize={PAGE_SIZE} />
        <DevRemindersPanel key="dev" pageSize={PAGE_SIZE} />
        <CareRemindersPanel key="care" pageSize={PAGE_SIZE} />
        <FiguresSection key="figures" />
      </div>
    );
  const { counts } = data;
  const meetingKey = (m: { orgId: number; type: string; period: string }) => `${m.orgId}|${m.type}|${m.period}`;
  // A ledger with nobody on it yet: reminders and figures would be a dozen empty panels.
  if (counts.members === 0 && counts.branches === 0)
    return (
      <div>
        <ModeChoiceCard key="mode" />
        <LedgerStartCard key="start" />
        <StartChecklistCard key="checklist" />
        <NextDeadlineCard key="deadline" />
        <p className="plain-note" data-testid="home-empty">
          台账中还没有党组织和党员。按上面的步骤导入花名册后，这里将显示预备期满、政治生日、换届、三会一课和党费等提醒与统计。
        </p>
      </div>
    );

  return (
    <div>
      <ModeChoiceCard key="mode" />
      <LedgerStartCard key="start" />
      <StartChecklistCard key="checklist" />
      <NextDeadlineCard key="deadline" />
      <Grid columns={4}>
        {(
          [
            ['在册党员', counts.members],
            ['其中预备党员', counts.probationary],
            ['党支部', counts.branches],
            ['党小组', counts.groups],
          ] as const
        ).map(([title, value]) => (
          <Panel key={title}>
            <Figure title={title} value={value} />
          </Panel>
        ))}
      </Grid>
      <Grid columns={3}>
        <Panel title="预备期满提醒（30天内）" testId="reminders-probation">
          {data.probation.length === 0 ? (
            <EmptyNote>近期没有预备期满的党员</EmptyNote>
          ) : (
            <PagedList
              items={data.probation}
              itemKey={(p) => p.memberId}
              pageSize={PAGE_SIZE}
              render={(p) => (
                <ListItem
                  onClick={() => openMember(p.memberId)}
                  title={
                    <>
                      {p.name} <Badge color={p.daysLeft < 0 ? 'red' : 'orange'}>{daysText(p.daysLeft)}</Badge>
                    </>
                  }
                  description={`${p.branchName}｜${p.extended ? '延长后' : ''}预备期满 ${p.dueOn}`}
                />
              )}
            />
          )}
        </Panel>
        <Panel title={`本月政治生日（${Number(data.today.slice(5, 7))}月，${data.birthdaysTotal}人）`} testId="reminders-birthdays">
          {data.birthdays.length === 0 ? (
            <EmptyNote>本月没有党员过政治生日</EmptyNote>
          ) : (
            <PagedList
              items={data.birthdays}
              itemKey={(b) => b.memberId}
              pageSize={PAGE_SIZE}
              footer={data.birthdaysTotal > data.birthdays.length ? `首页列出按日期最近的 ${data.birthdays.length} 人` : undefined}
              render={(b) => (
                <ListItem
                  onClick={() => openMember(b.memberId)}
                  title={`${b.name}（入党 ${b.years} 周年）`}
                  description={`${b.branchName}｜入党日期 ${b.joinedOn}`}
                />
              )}
            />
          )}
        </Panel>
        <Panel title="换届提醒（6个月内）" testId="reminders-terms">
          {data.terms.length === 0 ? (
            <EmptyNote>6个月内没有需要换届的组织</EmptyNote>
          ) : (
            <PagedList
              items={data.terms}
              itemKey={(t) => t.orgId}
              pageSize={PAGE_SIZE}
              render={(t) => (
                <ListItem
                  onClick={() => navigate('orgs', { org: String(t.orgId) })}
                  title={
                    <>
                      {t.name} <Badge color={t.urgent ? 'red' : 'gold'}>{daysText(t.daysLeft)}</Badge>
                    </>
                  }
                  description={`${t.kind}｜本届任期届满 ${t.termEndsOn}`}
                />
              )}
            />
          )}
        </Panel>
      </Grid>
      <Grid columns={2}>
        <Panel
          title="三会一课：本期待开"
          testId="reminders-meetings-due"
          extra={<a onClick={() => navigate('meetings', { tab: 'compliance' })}>查看开展情况</a>}
        >
          {data.meetings.due.length === 0 ? (
            <EmptyNote>本期要求的会议都已召开</EmptyNote>
          ) : (
            <PagedList
              small
              items={data.meetings.due}
              itemKey={meetingKey}
              render={(m) => (
                <ListItem>
                  {m.orgName}｜{m.type}｜{m.label}
                </ListItem>
              )}
              footer={
                data.meetings.dueTotal > data.meetings.due.length
                  ? `另有 ${data.meetings.dueTotal - data.meetings.due.length} 期，见“三会一课 → 开展情况”`
                  : undefined
              }
            />
          )}
        </Panel>
        <Panel title={`三会一课：已逾期未开${data.meetings.overdueTotal > 0 ? `（${data.meetings.overdueTotal}期）` : ''}`} testId="reminders-meetings-overdue">
          {data.meetings.overdue.length === 0 ? (
            <EmptyNote>今年没有逾期未开的会议</EmptyNote>
          ) : (
            <PagedList
              small
              items={data.meetings.overdue}
              itemKey={meetingKey}
              render={(m) => (
                <ListItem>
                  <Badge color="red">未开</Badge>
                  {m.orgName}｜{m.type}｜{m.label}
                </ListItem>
              )}
              footer={
                data.meetings.overdueTotal > data.meetings.overdue.length
                  ? `另有 ${data.meetings.overdueTotal - data.meetings.overdue.length} 期，见“三会一课 → 开展情况”`
                  : undefined
              }
            />
          )}
        </Panel>
      </Grid>
      <DuesRemindersPanel key="dues" pageSize={PAGE_SIZE} />
      <DevRemindersPanel key="dev" pageSize={PAGE_SIZE} />
      <CareRemindersPanel key="care" pageSize={PAGE_SIZE} />
      <p className="plain-note">今天是 {data.today}。点击提醒可打开对应党员或组织。</p>
      <FiguresSection key="figures" />
    </div>
  );
}
