// The street's register views (issue 30) timed beside the other street views in bench/street.ts.
export const registerViews = (year: number): [string, string, object][] => [
  ['街道光荣在党50年名单（含名单）', 'street.honor', { year }],
  ['街道关怀慰问（按时机）', 'street.care', { year }],
  ['街道失联党员（含名单）', 'street.lost', { year }],
  ['街道流动党员（按流向，含名单）', 'street.flows', { year }],
  ['街道换届提醒', 'street.terms', { year }],
];
