// The registers a 上报包 carries beside its figures (issue 30, shared/DOMAIN.md "The street"): the
// 光荣在党50年 名单, 慰问 totals by occasion, the 失联 list, 流出/流入 with 流向, and 换届 due. Optional
// in data.json: a package of an older version has none, and the street shows 该包无此项 for it.
import { z } from 'zod';
import { FLOW_DIRECTIONS } from '../streetRegisters';
import { CARE_OCCASIONS, LOST_STAGES } from './care';

const count = z.number().int().min(0);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const name = z.string().min(1).max(100);
const text = z.string().max(1000).nullable();
/** Masked (first 6 and last 4 kept) unless the manifest says fullIdNumbers; null when the ledger has none. */
const idNumber = z.string().max(18).nullable();
const gender = z.string().max(4);

export { FLOW_DIRECTIONS, type FlowDirection } from '../streetRegisters';

export const packageHonor = z.object({
  /** The list of 07-01 of this year (the package's year). */
  year: z.number().int(),
  rows: z
    .array(
      z.object({ name, gender, birthDate: day, idNumber, branchName: name, joinedOn: day, partyFrom: day, partyYears: count, presentedOn: day.nullable() }),
    )
    .max(5000),
  /** 待核对: 正式党员 joined 50+ years before with no 转正日期. */
  toCheck: z.array(z.object({ name, gender, birthDate: day, idNumber, branchName: name, joinedOn: day, joinedYears: count })).max(5000),
});

/** Live visits of the package's period (its first day to asOf), by occasion; money in 分. */
export const packageCare = z.array(z.object({ occasion: z.enum(CARE_OCCASIONS), visits: count, members: count, moneyFen: z.number().int() })).max(20);

/** The 失联 on asOf, with the stage a reminder gives them (db/care/lost.ts). */
export const packageLost = z
  .array(z.object({ name, branchName: name, lostOn: day, stage: z.enum(LOST_STAGES), suspendFrom: day, stoppedOn: day.nullable(), searchMade: text }))
  .max(5000);

export const packageFlows = z.object({
  /** 流出 on asOf (the 流动党员登记表 of that day). */
  out: z
    .array(
      z.object({
        name,
        gender,
        birthDate: day,
        branchName: name,
        leftOn: day,
        place: name,
        unit: text,
        direction: z.enum(FLOW_DIRECTIONS),
        joinsLifeThere: z.boolean(),
      }),
    )
    .max(5000),
  /** 流入 taking part here on asOf. */
  in: z.array(z.object({ name, gender, fromPlace: name, homeOrg: name, orgName: name, arrivedOn: day, direction: z.enum(FLOW_DIRECTIONS) })).max(5000),
});

/** Organisations whose 届满日期 falls by asOf + 6 months (overdue ones included), as 首页 reminds them. */
export const packageTerms = z.array(z.object({ orgName: name, kind: z.string().max(20), termEndsOn: day })).max(500);

export const packageRegisters = z.object({
  honor: packageHonor,
  care: packageCare,
  lost: packageLost,
  flows: packageFlows,
  terms: packageTerms,
});
export type PackageRegisters = z.output<typeof packageRegisters>;
