// The community's own 省 and 市, against which a 流向地点 is read as 市内/省内/省外
// (api/rules/flowDirection.ts). Kept in settings; none set means every 流向 is 未定.
import type { FlowHome } from '../../api/rules/flowDirection';
import type { Ledger } from '../open';
import { getSettingValues, putSettings } from '../settings';

const KEYS = ['flow.homeProvince', 'flow.homeCity'] as const;

export function flowHome(ledger: Ledger): FlowHome {
  const v = getSettingValues(ledger, KEYS);
  return { province: v['flow.homeProvince'] || null, city: v['flow.homeCity'] || null };
}

export function saveFlowHome(ledger: Ledger, home: FlowHome): FlowHome {
  return ledger.tx(() => {
    putSettings(ledger, { 'flow.homeProvince': home.province ?? '', 'flow.homeCity': home.city ?? '' });
    return flowHome(ledger);
  });
}
