// The street's issue-30 views (registers, 计划与核对) timed beside the other street views in bench/street.ts.
export const registerViews = (year: number): [string, string, object][] => [
  ['街道光荣在党50年名单（含名单）', 'street.honor', { year }],
  ['街道关怀慰问（按时机）', 'street.care', { year }],
  ['街道失联党员（含名单）', 'street.lost', { year }],
  ['街道流动党员（按流向，含名单）', 'street.flows', { year }],
  ['街道换届提醒', 'street.terms', { year }],
];

/** The street's 计划与核对 views (issue 30): 发展党员完成, 党费到账核对, and a month's 党费 and 三会一课. */
export const planViews = (year: number): [string, string, object][] => [
  ['街道发展党员计划完成情况', 'street.devProgress', { year }],
  ['街道党费到账核对', 'street.duesCheck', { year }],
  ['街道党费月报（10月）', 'street.duesMonth', { year, month: 10 }],
  ['街道三会一课月报（10月）', 'street.meetingsMonth', { year, month: 10 }],
];
