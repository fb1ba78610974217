import './modeChoice.css';
import { Panel } from '../../components/plain/plain';
import { navigate } from '../../useHashRoute';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

const PAGE_WORDS = { settings: '去系统设置', members: '去导入', development: '去发展党员', dues: '去党费' } as const;

/**
 * 开始使用: what a new community ledger needs before its figures mean anything, in order. Each
 * step ticks itself from the ledger (db/startChecklist.ts); the list goes when all are done or
 * the user puts it away.
 */
export function StartChecklistCard() {
  const { data } = useLedgerQuery('home.checklist', {});
  const dismiss = useLedgerMutation('home.dismissChecklist');
  if (!data?.show) return null;
  const left = data.steps.filter((s) => !s.done).length;
  return (
    <div style={{ marginBottom: 16 }}>
      <Panel
        title={`开始使用（还有 ${left} 项）`}
        testId="start-checklist"
        extra={
          <a data-testid="start-checklist-dismiss" onClick={() => void dismiss.call({})}>
            不再显示
          </a>
        }
      >
        <ol className="start-steps">
          {data.steps.map((step, i) => (
            <li key={step.key} className={step.done ? 'done' : undefined} data-testid={`start-step-${step.key}`} data-done={step.done ? 'yes' : 'no'}>
              <span className="mark">{step.done ? '✓' : i + 1}</span>
              <span className="title">{step.title}</span>
              {!step.done && <a onClick={() => navigate(step.page)}>{PAGE_WORDS[step.page]}</a>}
            </li>
          ))}
        </ol>
      </Panel>
    </div>
  );
}
