import './modeChoice.css';
import { useState } from 'react';
import { Panel } from '../../components/plain/plain';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/**
 * 首页's first question on an empty ledger: is it a community's or a street's? A card, not a
 * modal: nothing waits for the answer, and a community that just starts typing never sees it again.
 */
export function ModeChoiceCard() {
  const kind = useLedgerQuery('street.kind', {});
  const setKind = useLedgerMutation('street.setKind');
  const [error, setError] = useState<string | null>(null);
  // The ledger records the answer (street.kind's chosen), so the card asks once per ledger.
  if (!kind.data || kind.data.chosen || !kind.data.canChange) return null;

  async function choose(next: '社区' | '街道') {
    setError(null);
    const result = await setKind.call({ kind: next });
    if (!result.ok) setError(result.error.message);
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
        <p className="plain-note" style={{ marginTop: 12 }}>
          只能在台账还没有数据时选择，之后也可在“系统设置 → 台账类型”修改。
        </p>
        {error && (
          <div role="alert" className="plain-error">
            {error}
          </div>
        )}
      </Panel>
    </div>
  );
}
