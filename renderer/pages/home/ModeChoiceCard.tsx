import './modeChoice.css';
import { useState } from 'react';
import { Panel } from '../../components/plain/plain';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

// Where a "keep 社区" answer is remembered: the ledger stores nothing for it (社区 is already
// what an unset kind means), so the card would return on every start of an empty ledger.
const KEPT_KEY = 'dangwu.ledgerKindKept';
const keptFor = (dataDir: string | undefined) => (dataDir ? `${KEPT_KEY}:${dataDir}` : KEPT_KEY);

/**
 * 首页's first question on an empty ledger: is it a community's or a street's? A card, not a
 * modal: nothing waits for the answer, and a community that just starts typing never sees it again.
 */
export function ModeChoiceCard() {
  const kind = useLedgerQuery('street.kind', {});
  const info = useLedgerQuery('app.info', {});
  const setKind = useLedgerMutation('street.setKind');
  const key = keptFor(info.data?.dataDir);
  const [kept, setKept] = useState(() => localStorage.getItem(key) === '1');
  const [error, setError] = useState<string | null>(null);
  if (!kind.data || kind.data.kind !== '社区' || !kind.data.canChange || kept || localStorage.getItem(key) === '1') return null;

  async function choose(next: '社区' | '街道') {
    setError(null);
    const result = await setKind.call({ kind: next });
    if (!result.ok) return setError(result.error.message);
    if (next === '社区') {
      localStorage.setItem(key, '1');
      setKept(true);
    }
  }

  return (
    <div style={{ marginBottom: 16 }}>
      <Panel title="本台账用于：" testId="mode-choice">
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <button type="button" className="mode-choice" data-testid="mode-community" disabled={setKind.busy} onClick={() => void choose('社区')}>
            <strong>社区党组织</strong>
            <span>记录本社区的党员、组织、三会一课、党费等，生成各类上报表格和上报包</span>
          </button>
          <button type="button" className="mode-choice" data-testid="mode-street" disabled={setKind.busy} onClick={() => void choose('街道')}>
            <strong>街道党工委（汇总各社区上报包）</strong>
            <span>导入各社区交来的上报包，按社区列出各项数字并合计，导出街道汇总表</span>
          </button>
        </div>
        <p className="plain-note" style={{ marginTop: 12 }}>只能在台账还没有数据时选择，之后也可在“系统设置 → 台账类型”修改。</p>
        {error && <div role="alert" className="plain-error">{error}</div>}
      </Panel>
    </div>
  );
}
