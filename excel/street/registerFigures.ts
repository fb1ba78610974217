// The registers' figures (issue 30) in a replacement's before → after list: the counts the street's
// 登记名册 shows, so a replacement that changes a 名单 says so. A package without registers puts none
// (the other side then reads '—', 该包无此项, not zero).
import { FLOW_DIRECTIONS } from '../../api/streetRegisters';
import type { PackageData } from '../../api/schemas/reportPackage';

export function registerFigures(d: PackageData, put: (label: string, value: string | number | null) => void): void {
  const r = d.registers;
  if (!r) return;
  put('光荣在党50年名单人数', r.honor.rows.length);
  put('光荣在党50年待核对', r.honor.toCheck.length);
  put('光荣在党50年已颁发纪念章', r.honor.rows.filter((h) => h.presentedOn !== null).length);
  for (const c of r.care) {
    put(`慰问${c.occasion}：人次`, c.visits);
    put(`慰问${c.occasion}：金额（元）`, (c.moneyFen / 100).toFixed(2));
  }
  put('失联党员', r.lost.length);
  for (const dir of FLOW_DIRECTIONS) {
    put(`流出党员${dir}`, r.flows.out.filter((f) => f.direction === dir).length);
    put(`流入党员${dir}`, r.flows.in.filter((f) => f.direction === dir).length);
  }
  put('半年内届满的党组织', r.terms.length);
}
