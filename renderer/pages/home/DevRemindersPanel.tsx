import { Badge, EmptyNote, ListItem, PagedList, Panel, Placeholder } from '../../components/plain/plain';
import { dueLabel } from '../../../api/devDueLabel';
import { navigate } from '../../useHashRoute';
import { useLedgerQuery } from '../../useLedgerQuery';

const openPerson = (id: number) => navigate('development', { person: String(id) });
const openRegister = () => navigate('development', { tab: 'register' });
const TITLE = '发展党员：本月到期和已超期';

/** 谈话, 考察, 满一年, 审批 and 预备期 due this month or overdue: its own call, like 党费's panel. */
export function DevRemindersPanel({ pageSize }: { pageSize: number }) {
  const { data, error } = useLedgerQuery('home.developmentReminders', {});
  const extra = (
    <a onClick={openRegister} data-testid="reminders-dev-open">
      查看发展党员
    </a>
  );
  if (error)
    return (
      <Panel title={TITLE} extra={extra} testId="reminders-dev">
        <div role="alert" className="plain-error">
          {error.message}
        </div>
      </Panel>
    );
  if (!data)
    return (
      <Panel title={TITLE} extra={extra} testId="reminders-dev">
        <Placeholder lines={2} />
      </Panel>
    );
  return (
    <Panel title={`${TITLE}（${data.total}项）`} extra={extra} testId="reminders-dev">
      {data.items.length === 0 ? (
        <EmptyNote>本月没有到期的发展党员环节</EmptyNote>
      ) : (
        <PagedList
          small
          items={data.items}
          itemKey={(d) => `${d.personId}|${d.code}|${d.dueOn}`}
          pageSize={pageSize}
          render={(d) => (
            <ListItem onClick={() => openPerson(d.personId)}>
              <Badge color={d.overdue ? 'red' : 'orange'}>{dueLabel(d)}</Badge>
              {d.personName}｜{d.orgName}｜{d.message}
            </ListItem>
          )}
          footer={data.total > data.items.length ? `另有 ${data.total - data.items.length} 项，见“发展党员”` : undefined}
        />
      )}
    </Panel>
  );
}
