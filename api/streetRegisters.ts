// The street's registers (issue 30), by key: plain values with no zod, so the renderer can import them.
export const STREET_REGISTERS = ['honor', 'care', 'lost', 'flows', 'terms'] as const;
export type StreetRegister = (typeof STREET_REGISTERS)[number];
export const STREET_REGISTER_LABEL: Record<StreetRegister, string> = {
  honor: '光荣在党50年党员名单汇总表',
  care: '关怀慰问情况汇总表',
  lost: '失联党员排查情况汇总表',
  flows: '流动党员情况汇总表',
  terms: '党组织换届提醒汇总表',
};
/** What a row says when its package predates the registers: not counted, never zero. */
export const NOT_IN_PACKAGE = '该包无此项';
