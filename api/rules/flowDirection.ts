// 流动党员 by 流向 (市内, 省内, 省外: the 党内统计's table, shared/DOMAIN.md). The ledger records
// 流向地点 as free text (a 流出's place, a 流入's 来自), not as a 流向, so it is derived from that
// text against the community's own 省 and 市 (系统设置 → 流向判定, settings flow.homeProvince /
// flow.homeCity):
//   - names the home city (with or without 市)                      → 市内
//   - else names the home province (with or without 省/自治区/市)     → 省内
//   - else names another province-level unit (the list below)        → 省外
//   - else (a district or a town alone, or no home set)              → 未定, listed for the secretary to read.
import type { FlowDirection } from '../streetRegisters';

/** The 34 province-level units by their short names (a text may write 广东 or 广东省). */
export const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
] as const;

export interface FlowHome {
  province: string | null;
  city: string | null;
}

/** 浙江省 → 浙江, 杭州市 → 杭州, 广西壮族自治区 → 广西: the part a place text is sure to contain. */
export function placeCore(name: string): string {
  const t = name.trim();
  const province = PROVINCES.find((p) => t.startsWith(p));
  if (province) return province;
  return t.replace(/(特别行政区|自治区|自治州|地区|省|市|盟)$/, '');
}

export function flowDirection(place: string, home: FlowHome): FlowDirection {
  const text = place.replace(/\s/g, '');
  const city = home.city ? placeCore(home.city) : '';
  const province = home.province ? placeCore(home.province) : '';
  if (city.length >= 2 && text.includes(city)) return '市内';
  if (province.length >= 2 && text.includes(province)) return '省内';
  if (province.length >= 2 && PROVINCES.some((p) => text.includes(p))) return '省外';
  return '未定';
}

/**
 * A 流出's 流向 as every ledger reads it (the 党内统计, the 上报包's registers, the street): the one
 * chosen in the 登记流出 form when there is one, else derived from its place as above. One rule, so
 * the 年报's 流出党员流向 and the street's 流动党员 register count a person the same way.
 */
export function recordedDirection(chosen: '市内' | '省内' | '省外' | null | undefined, place: string, home: FlowHome): FlowDirection {
  return chosen ?? flowDirection(place, home);
}
