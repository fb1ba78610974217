// The street's registers (issue 30), by key: plain values with no zod, so the renderer can import them.
import { LOST_STAGES } from './vocab/care';

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

/** 流动党员 by 流向 (the 党内统计's 市内, 省内, 省外), and 未定 where the place does not say (api/rules/flowDirection.ts). */
export const FLOW_DIRECTIONS = ['市内', '省内', '省外', '未定'] as const;
export type FlowDirection = (typeof FLOW_DIRECTIONS)[number];

/** The 失联 stages, in api/vocab/care.ts's order: the street's columns. */
export const STREET_LOST_STAGES = LOST_STAGES;
