import { Badge, EmptyNote, ListItem, PagedList, Panel, Placeholder } from '../../components/plain/plain';
import { navigate } from '../../useHashRoute';
import { useLedgerQuery } from '../../useLedgerQuery';

const openMember = (id: number) => navigate('members', { member: String(id) });
const openArrears = () => navigate('dues', { tab: 'arrears' });

/**
 * 党费 arrears of 3+ months. Its own call (home.duesReminders): the street's arrears are slower
 * than the rest of 首页, which paints first and leaves this panel to fill in.
 */
export function DuesRemindersPanel({ pageSize }: { pageSize: number }) {
  const { data, error } = useLedgerQuery('home.duesReminders', {});
  const extra = (
    <a onClick={openArrears} data-testid="reminders-dues-open">
      查看党费
    </a>
  );
  if (error)
    return (
      <Panel title="党费：欠交3个月及以上" extra={extra} testId="reminders-dues">
        <div role="alert" className="plain-error">
          {error.message}
        </div>
      </Panel>
    );
  if (!data)
    return (
      <Panel title="党费：欠交3个月及以上" extra={extra} testId="reminders-dues">
        <Placeholder lines={2} />
      </Panel>
    );
  return (
    <Panel title={`党费：欠交3个月及以上（截至${data.asOf}，${data.behindTotal}人）`} extra={extra} testId="reminders-dues">
      {data.behind.length === 0 ? (
        <EmptyNote>没有欠交党费3个月及以上的党员</EmptyNote>
      ) : (
        <PagedList
          small
          items={data.behind}
          itemKey={(d) => d.memberId}
          pageSize={pageSize}
          render={(d) => (
            <ListItem onClick={() => openMember(d.memberId)}>
              <Badge color={d.longestRun >= 6 ? 'red' : 'orange'}>欠交 {d.unpaid} 个月</Badge>
              {d.name}｜{d.branchName}
            </ListItem>
          )}
          footer={
            data.lapseTotal > 0
              ? `其中 ${data.lapseTotal} 人连续6个月及以上未交纳党费，请在党费页查看名单并按党章第九条处理（程序不会自动变更党籍）`
              : undefined
          }
        />
      )}
    </Panel>
  );
}
