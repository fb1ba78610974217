// One person, one story: a 流出's 流向 is the same in the 党内统计 (流出党员流向) and in the 上报包's
// 流动党员 register the street reads — the one chosen in the form, else the one its place implies
// against the community's 省/市 (api/rules/flowDirection.ts `recordedDirection`).
import { describe, expect, it } from 'vitest';
import { flowOutInput } from '../../../api/schemas/care';
import { saveFlowHome } from '../../../db/care/flowHome';
import { saveFlowOut } from '../../../db/care/flows';
import { censusReport } from '../../../db/census/report';
import { createMember } from '../../../db/members/write';
import { packageData } from '../../../excel/package/data';
import { basicTree, memberInput, memoryLedger } from '../../support/testLedger';

const TODAY = '2026-11-24';

describe('流向 in the 年报 and in the package', () => {
  it('counts each 流出 under the same 流向 in both', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    saveFlowHome(ledger, { province: '浙江省', city: '杭州市' });
    const person = (name: string, day: string) => createMember(ledger, memberInput(tree.branchA.id, { name, birthDate: `1980-01-${day}` }), null, TODAY).id;
    const out = (memberId: number, place: string, direction: string | null) =>
      saveFlowOut(ledger, flowOutInput.parse({ memberId, leftOn: '2026-03-01', place, direction }), TODAY);
    out(person('甲', '01'), '杭州市西湖区', '省外'); // chosen in the form: 省外, whatever the place says
    out(person('乙', '02'), '杭州市余杭区', null); // implied: 市内
    out(person('丙', '03'), '浙江省宁波市', null); // implied: 省内
    out(person('丁', '04'), '广东省深圳市', null); // implied: 省外
    out(person('戊', '05'), '城南镇', null); // neither: 未定 / 流向未注明

    const census = Object.fromEntries(
      censusReport(ledger, 2026, TODAY)
        .tables.find((t) => t.key === 'flowDirection')!
        .rows.map((r) => [r.key, r.value]),
    );
    expect(census).toEqual({ 'direction:市内': 1, 'direction:省内': 1, 'direction:省外': 2, 'direction:unknown': 1 });

    const registers = packageData(ledger, { year: 2026, quarter: null }, TODAY, { fullIdNumbers: false }).registers!;
    const byName = Object.fromEntries(registers.flows.out.map((f) => [f.name, f.direction]));
    expect(byName).toEqual({ 甲: '省外', 乙: '市内', 丙: '省内', 丁: '省外', 戊: '未定' });
    // The two count alike: 未定 is the 年报's 流向未注明.
    const counted = (d: string) => registers.flows.out.filter((f) => f.direction === d).length;
    expect([counted('市内'), counted('省内'), counted('省外'), counted('未定')]).toEqual([
      census['direction:市内'],
      census['direction:省内'],
      census['direction:省外'],
      census['direction:unknown'],
    ]);
  });
});
