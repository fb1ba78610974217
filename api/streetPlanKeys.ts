// The 发展计划's four figures and their names: plain values with no zod, for the renderer and the forms alike.
export const DEV_QUOTA_KEYS = ['applied', 'activists', 'candidates', 'admitted'] as const;
export type DevQuotaKey = (typeof DEV_QUOTA_KEYS)[number];
export const DEV_QUOTA_LABEL: Record<DevQuotaKey, string> = { applied: '入党申请人', activists: '入党积极分子', candidates: '发展对象', admitted: '发展党员' };
