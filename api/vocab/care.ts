// The care vocabularies (shared/DOMAIN.md "流动党员, care and the people around the roster"), stated
// once without zod: api/schemas/care.ts builds its schemas from them, and the renderer's forms offer
// them (a value import from a schema file would bring zod into the page, whose CSP forbids its eval probe).

export const CARE_OCCASIONS = ['七一', '春节', '重阳', '生病', '其他'] as const;
export type CareOccasion = (typeof CARE_OCCASIONS)[number];
/** 流动党员 by 流向, as the 党内统计 counts them (shared/DOMAIN.md): relative to the community's own city and province. */
export const FLOW_DIRECTIONS = ['市内', '省内', '省外'] as const;
export type FlowDirection = (typeof FLOW_DIRECTIONS)[number];
export const FLOW_CONTACT_METHODS = ['电话', '微信', '走访', '信函', '其他'] as const;
export type FlowContactMethod = (typeof FLOW_CONTACT_METHODS)[number];
/** Why a member is on the 未慰问 list. */
export const CARE_GROUPS = ['困难党员', '老党员', '年老体弱'] as const;
export type CareGroup = (typeof CARE_GROUPS)[number];
/** Where a 失联 stands: under 6 months, past the 停止党籍 point, past 2 more years (自行脱党). */
export const LOST_STAGES = ['失联', '可停止党籍', '可取消预备党员资格', '已停止党籍', '按自行脱党处理'] as const;
export type LostStage = (typeof LOST_STAGES)[number];
