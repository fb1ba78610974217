import './modeChoice.css';
import { lazy, Suspense, useState } from 'react';
import { Panel } from '../../components/plain/plain';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

const StartDateField = lazy(() => import('./StartDateField'));

/**
 * 首页's second question on a community ledger: from which day does it keep records (建账日期)?
 * Before it nothing is owed, missed or reminded (docs/ledgerStart.md). Asked once; "暂不设置"
 * keeps the ledger covering everything, and 系统设置 can set it later.
 */
export function LedgerStartCard() {
  const kind = useLedgerQuery('street.kind', {});
  const info = useLedgerQuery('settings.ledgerStart', {});
  const setStart = useLedgerMutation('settings.setLedgerStart');
  const decline = useLedgerMutation('settings.declineLedgerStart');
  const [date, setDate] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // After the 社区/街道 choice (a ledger of an older version with data was never asked it, and is a 社区).
  if (!kind.data || !info.data || kind.data.kind !== '社区' || (!kind.data.chosen && kind.data.canChange) || !info.data.ask) return null;
  const value = date ?? info.data.suggested;
  const busy = setStart.busy || decline.busy;

  async function save() {
    setError(null);
    const result = await setStart.call({ startDate: value, meetingsStart: null });
    if (!result.ok) setError(result.error.message);
  }
  async function putAside() {
    setError(null);
    const result = await decline.call({});
    if (!result.ok) setError(result.error.message);
  }

  return (
    <div style={{ marginBottom: 16 }}>
      <Panel title="建账日期：本台账从哪天开始记录？" testId="ledger-start-ask">
        <p style={{ margin: '0 0 12px' }}>
          建账日期之前的三会一课不算未开、党费不算欠交，也不提醒；上报包和党内统计写明从何时起记录。以后补录更早的记录时，可在“系统设置 → 建账日期”往前改。
        </p>
        {info.data.earliestRecord && (
          <p className="plain-note" style={{ margin: '0 0 12px' }} data-testid="ledger-start-earliest">
            台账中已有记录，最早为 {info.data.earliestRecord}；建账日期不能晚于这一天，默认取这一天；此前的期间将不再计为未开或欠交。
          </p>
        )}
        <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
          {/* inline-flex: antd's provider wraps the picker in a block <div>, which put the label above it. */}
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
            建账日期
            <Suspense fallback={<span className="plain-note">{value}</span>}>
              <StartDateField value={value} onChange={setDate} />
            </Suspense>
          </span>
          <button type="button" className="start-button primary" data-testid="ledger-start-save" disabled={busy || !value} onClick={() => void save()}>
            保存建账日期
          </button>
          <button type="button" className="start-button" data-testid="ledger-start-decline" disabled={busy} onClick={() => void putAside()}>
            暂不设置（按全部期间统计）
          </button>
        </div>
        {error && (
          <div role="alert" className="plain-error">
            {error}
          </div>
        )}
      </Panel>
    </div>
  );
}
