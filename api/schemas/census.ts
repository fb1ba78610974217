// 党内统计: the year-end statistics as of 12-31 (shared/DOMAIN.md, "党内统计"). Every figure is a
// whole number (people, organisations, or 分 for 党费) keyed so the street can add the same
// figure of every community: a table's key and a row's key never change between versions.
import { z } from 'zod';
import { yearField } from './points';

export const censusFigure = z.object({
  /** Stable within its table, e.g. 'female', 'age:31-35', 'out:expelled'. */
  key: z.string().min(1).max(60),
  label: z.string().min(1).max(60),
  /** People or organisations; 分 when the table's unit is '元'. */
  value: z.number().int().min(0),
  /** A count of people that can be opened as the list behind it (census.people). */
  drill: z.boolean(),
});
export type CensusFigure = z.output<typeof censusFigure>;

export const censusTable = z.object({
  /**
   * 'total', 'composition', 'age', 'education', 'partyAge', 'joinPeriod', 'category', 'flow', 'flowDirection', 'pipeline',
   * 'probation', 'appraisal', 'changes', 'orgs', 'dues'.
   */
  key: z.string().min(1).max(40),
  title: z.string().min(1).max(60),
  /** '人', '个', '元' (values in 分). */
  unit: z.enum(['人', '个', '元']),
  rows: z.array(censusFigure).max(200),
});
export type CensusTable = z.output<typeof censusTable>;

/** A member named with why (a break of the identity, a 差 against what was reported). */
const censusNamed = z.object({ memberId: z.number().int().nullable(), name: z.string(), reason: z.string() });

/** 年初 + 增加 − 减少 (± 差) = 年末, with the records that break it named. */
export const censusIdentity = z.object({
  start: z.number().int().min(0),
  added: z.number().int().min(0),
  removed: z.number().int().min(0),
  end: z.number().int().min(0),
  holds: z.boolean(),
  /** Why it does not hold: one line per record (e.g. a member on the roster with no 转入 or 发展 dated this year). */
  breaks: z.array(censusNamed).max(500),
  /**
   * 实有数与应有数之差: when last year was reported, `start` is its reported 年末 and `value` is what the
   * records now count at last 12-31 less it, with the people behind it and the reason typed by the
   * user. null when last year was not reported (or in a package from before this row existed).
   */
  difference: z
    .object({
      value: z.number().int(),
      reportedAt: z.string(),
      people: z.array(censusNamed).max(500),
      /** The reason given for this very 差; null until one is typed (a new 差 asks again). */
      reason: z.string().nullable(),
    })
    .nullable()
    .default(null),
});
export type CensusIdentity = z.output<typeof censusIdentity>;

export const censusReport = z.object({
  year: yearField,
  /** 'YYYY-12-31', or today while the year runs. */
  asOf: z.string(),
  tables: z.array(censusTable).max(40),
  identity: censusIdentity,
  /**
   * Set when the year was reported (上报包 or 年度封账): the tables are the reported figures, and
   * `changes` lists each figure the records now count differently, with the people behind it.
   */
  reported: z
    .object({
      source: z.enum(['上报包', '封账']),
      madeAt: z.string(),
      changes: z.array(z.object({ table: z.string(), key: z.string(), label: z.string(), reported: z.number().int(), now: z.number().int() })).max(400),
      people: z.array(censusNamed).max(500),
    })
    .nullable()
    .default(null),
});
export type CensusReport = z.output<typeof censusReport>;

export const censusInput = z.object({ year: yearField });
/** The people behind one figure. */
export const censusPeopleInput = z.object({ year: yearField, table: z.string().min(1).max(40), key: z.string().min(1).max(60) });
export interface CensusPerson {
  memberId: number | null;
  name: string;
  gender: string | null;
  branchName: string | null;
  /** What put them in this figure: the dated event or fact (e.g. '2026-05-03 转入，自XX社区'). */
  detail: string;
}

/** The reason for a year's 实有数与应有数之差, typed on the 党内统计 page (stored and logged). */
export const censusDiffReasonInput = z.object({
  year: yearField,
  /** The 差 the user saw: refused if the records moved since. */
  difference: z.number().int(),
  reason: z.string().trim().min(1, '请填写差异原因').max(500, '差异原因不超过500字'),
});
