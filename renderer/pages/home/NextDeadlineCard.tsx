import { Panel } from '../../components/plain/plain';
import { navigate } from '../../useHashRoute';
import { useLedgerQuery } from '../../useLedgerQuery';
import { periodText } from './deadlineText';

/**
 * The next 报送 deadline the street gave in its 下发文件 (issue 30) and whether this period's 上报包 was made here.
 * An overdue period whose package was never made comes first; nothing shows until a 下发文件 was imported.
 */
export function NextDeadlineCard() {
  const next = useLedgerQuery('street.nextDeadline', {}).data?.next;
  if (!next) return null;
  const made = next.madeAt !== null;
  const when = next.daysLeft < 0 ? `已超期 ${-next.daysLeft} 天` : next.daysLeft === 0 ? '今天截止' : `还有 ${next.daysLeft} 天`;
  return (
    <div style={{ marginBottom: 16 }}>
      <Panel title="报送期限" testId="home-deadline">
        <p style={{ margin: 0 }} data-testid="home-deadline-text" data-made={made ? 'yes' : 'no'}>
          {periodText(next)}上报包：{next.street ?? '街道'}要求 {next.dueOn} 前报送（{when}）。
          {made ? (
            <span style={{ color: '#389e0d' }}>已生成（{next.madeAt}）。</span>
          ) : (
            <>
              <span style={{ color: next.daysLeft < 0 ? '#cf1322' : '#d46b08' }}>尚未生成。</span>
              <a onClick={() => navigate('reports')}>去生成上报包</a>
            </>
          )}
        </p>
      </Panel>
    </div>
  );
}
