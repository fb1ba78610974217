import { Badge, EmptyNote, ListItem, PagedList, Panel, Placeholder } from '../../components/plain/plain';
import { navigate } from '../../useHashRoute';
import { useLedgerQuery } from '../../useLedgerQuery';

const openMember = (id: number) => navigate('members', { member: String(id) });
const TITLE = '流动与关怀';

/**
 * 流出 members not contacted for 6 months and 失联 past the local rule, with the year's
 * 纪念章 and visits still due as counts. Its own call (home.careReminders), like 党费's.
 */
export function CareRemindersPanel({ pageSize }: { pageSize: number }) {
  const { data, error } = useLedgerQuery('home.careReminders', {});
  const extra = (
    <a onClick={() => navigate('care', { tab: 'flows' })} data-testid="reminders-care-open">
      查看流动与关怀
    </a>
  );
  if (error)
    return (
      <Panel title={TITLE} extra={extra} testId="reminders-care">
        <div role="alert" className="plain-error">
          {error.message}
        </div>
      </Panel>
    );
  if (!data)
    return (
      <Panel title={TITLE} extra={extra} testId="reminders-care">
        <Placeholder lines={2} />
      </Panel>
    );
  const items = [
    ...data.uncontacted.map((u) => ({
      key: `f${u.flowOutId}`,
      memberId: u.memberId,
      badge: <Badge color="orange">6个月未联系</Badge>,
      text: `${u.name}｜${u.branchName}｜流出至${u.place}，${u.lastContactOn ? `最近联系 ${u.lastContactOn}` : '外出后从未联系'}（${u.since} 起满6个月）`,
    })),
    ...data.lost.map((l) => ({
      key: `l${l.lostId}`,
      memberId: l.memberId,
      badge: <Badge color={l.stage === '按自行脱党处理' ? 'red' : 'orange'}>{l.stage}</Badge>,
      text: `${l.name}｜${l.branchName}｜${l.lostOn} 起失联`,
    })),
  ];
  const counts = [
    data.notVisited > 0 && (
      <a key="v" onClick={() => navigate('care', { tab: 'visits' })} data-testid="reminders-care-notvisited">
        今年未慰问的困难、老党员和年老体弱党员 {data.notVisited} 人
      </a>
    ),
    data.honorPending > 0 && (
      <a key="h" onClick={() => navigate('care', { tab: 'honor' })} data-testid="reminders-care-honor">
        光荣在党50年纪念章待颁发 {data.honorPending} 人
      </a>
    ),
  ].filter(Boolean);
  return (
    <Panel title={`${TITLE}（流出未联系 ${data.uncontactedTotal} 人，失联 ${data.lostTotal} 人）`} extra={extra} testId="reminders-care">
      {items.length === 0 ? (
        <EmptyNote>没有6个月未联系的流出党员，也没有失联满期的党员</EmptyNote>
      ) : (
        <PagedList
          small
          items={items}
          itemKey={(i) => i.key}
          pageSize={pageSize}
          render={(i) => (
            <ListItem onClick={() => openMember(i.memberId)}>
              {i.badge}
              {i.text}
            </ListItem>
          )}
          footer={data.lostTotal > 0 ? '失联党员的停止党籍、除名须由支部研究并报上级批准，程序不会自动变更党籍' : undefined}
        />
      )}
      {counts.length > 0 && <p className="plain-note">{counts.reduce<React.ReactNode[]>((all, c, i) => (i ? [...all, '；', c] : [c]), [])}</p>}
    </Panel>
  );
}
