// 街道 views of the registers communities send in their 上报包 (issue 30; docs/street.md "Registers").
// Each view: one row per community that reported the period, a 合计 over the rows whose package
// carries the register (an older package's row is `absent`: 该包无此项, left out of the 合计), the
// names behind the figures, and who has not reported.
import { z } from 'zod';
import { STREET_REGISTERS } from '../streetRegisters';
import type { CareOccasion, LostStage } from './care';
import type { FlowDirection } from './packageRegisters';
import type { CommunityRef, RowHead } from './street';
import { streetPeriodInput } from './street';

export const streetRegisterExportInput = streetPeriodInput.extend({ register: z.enum(STREET_REGISTERS, { error: '请选择汇总表' }) });

export type RegisterRow<R> = RowHead & { absent: boolean } & R;
export interface RegisterView<R, N> {
  rows: RegisterRow<R>[];
  total: R;
  /** The people (or organisations) behind the figures, community by community. */
  names: (N & { community: string })[];
  notReported: CommunityRef[];
}

export interface HonorFigures {
  /** On the year's 07-01 list. */
  listed: number;
  presented: number;
  /** 待核对: joined 50+ years before, no 转正日期. */
  toCheck: number;
}
export interface HonorName {
  name: string;
  gender: string;
  birthDate: string;
  idNumber: string | null;
  branchName: string;
  joinedOn: string;
  partyFrom: string | null;
  partyYears: number;
  presentedOn: string | null;
  toCheck: boolean;
}

export interface CareFigures {
  /** One per occasion of the care ledger, in its order. */
  occasions: { occasion: CareOccasion; visits: number; moneyFen: number }[];
  visits: number;
  moneyFen: number;
}

export interface LostFigures {
  total: number;
  /** Count per stage, in LOST_STAGES order. */
  stages: number[];
}
export interface LostName {
  name: string;
  branchName: string;
  lostOn: string;
  stage: LostStage;
  suspendFrom: string;
  stoppedOn: string | null;
}

export interface FlowFigures {
  out: number;
  /** 流出 by 流向: 市内, 省内, 省外, 未定. */
  outBy: number[];
  in: number;
  inBy: number[];
}
export interface FlowName {
  kind: '流出' | '流入';
  name: string;
  gender: string;
  /** 流出: the branch here; 流入: the branch they take part in. */
  branchName: string;
  /** 外出日期 or 流入日期. */
  since: string;
  /** 流向地点及单位, or 来自 and the 组织关系所在党组织. */
  place: string;
  direction: FlowDirection;
}

export interface TermFigures {
  /** 届满 within six months of the package's 截至日期 (overdue included). */
  due: number;
  /** Already past its 届满日期 on the 截至日期. */
  overdue: number;
}
export interface TermName {
  orgName: string;
  kind: string;
  termEndsOn: string;
  overdue: boolean;
}
