// The street's forms, by measure: plain values with no zod, so the renderer can import them
// before zodJitless (renderer/contractValue.ts) has turned zod's eval probe off.
export const STREET_MEASURES = ['meetings', 'members', 'dual', 'appraisal', 'dues', 'census', 'points'] as const;
export type StreetMeasure = (typeof STREET_MEASURES)[number];
export const STREET_MEASURE_LABEL: Record<StreetMeasure, string> = {
  meetings: '三会一课开展情况汇总表',
  members: '党员队伍情况汇总表',
  dual: '双报到情况汇总表',
  appraisal: '民主评议党员情况汇总表',
  dues: '党费收缴情况汇总表',
  census: '党内统计汇总表',
  points: '党员积分排名汇总表',
};
