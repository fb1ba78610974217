// Closed vocabularies of 党费 (shared/DOMAIN.md "党费"; 《关于中国共产党党费收缴、使用和管理的规定》,
// 中组部 2008). Amounts are integer 分 everywhere; a rate is in 万分之 (0.5% = 50) so that no
// floating point ever touches money.

/** Who pays by which rule: the base kinds take a percentage of a monthly base, the rest a fixed amount. */
export const DUES_KINDS = ['在职', '离退休', '农民', '学生', '下岗失业', '低保'] as const;
export type DuesKind = (typeof DUES_KINDS)[number];
export const BASE_DUES_KINDS: readonly DuesKind[] = ['在职', '离退休'];

/** 免交 / 减交 of one member from a month, with a reason and who approved it. */
export const DUES_RELIEFS = ['免交', '减交'] as const;
export type DuesRelief = (typeof DUES_RELIEFS)[number];

/** How a computed amount is rounded: a year's scheme names one (default: to the 分, half up). */
export const DUES_ROUNDINGS = ['分', '角', '元'] as const;
export type DuesRounding = (typeof DUES_ROUNDINGS)[number];

export const DUES_METHODS = ['现金', '微信', '支付宝', '银行转账', '其他'] as const;
export type DuesMethod = (typeof DUES_METHODS)[number];

/** One band of a year's scheme: for `kind`, bases up to `upToFen` (inclusive; null = no limit) pay `rateBp`/10000 of the whole base, or `fixedFen` a month. */
export interface DuesBand {
  kind: DuesKind;
  upToFen: number | null;
  rateBp: number | null;
  fixedFen: number | null;
}
