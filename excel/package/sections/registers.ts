// data.json's `registers` (issue 30): the registers the street collects beyond the forms' sums, each
// read by the function the community's own register page and form use, on the package's asOf.
import { flowDirection, recordedDirection } from '../../../api/rules/flowDirection';
import { maskIdNumber } from '../../../api/rules/idNumber';
import type { PackageRegisters } from '../../../api/schemas/packageRegisters';
import { flowHome } from '../../../db/care/flowHome';
import { listFlowIns } from '../../../db/care/flowIns';
import { listFlows } from '../../../db/care/flows';
import { honorList } from '../../../db/care/honor';
import { listLost } from '../../../db/care/lost';
import { careOccasionTotals } from '../../../db/care/occasionTotals';
import { idNumbersById } from '../../../db/members/idNumbers';
import type { Ledger } from '../../../db/open';
import { termsDue } from '../../../db/termsDue';

export interface RegistersInput {
  year: number;
  /** The period's first day: 慰问 are summed from it to asOf. */
  from: string;
  asOf: string;
  fullIdNumbers: boolean;
}

function honor(ledger: Ledger, year: number, fullIdNumbers: boolean): PackageRegisters['honor'] {
  const page = honorList(ledger, year);
  const ids = idNumbersById(ledger);
  const idOf = (memberId: number) => {
    const id = ids.get(memberId) ?? null;
    return id === null ? null : fullIdNumbers ? id : maskIdNumber(id);
  };
  return {
    year,
    rows: page.rows.map((r) => ({
      name: r.name,
      gender: r.gender,
      birthDate: r.birthDate,
      idNumber: idOf(r.memberId),
      branchName: r.branchName,
      joinedOn: r.joinedOn,
      partyFrom: r.partyFrom,
      partyYears: r.partyYears,
      presentedOn: r.presentedOn,
    })),
    toCheck: page.toCheck.map((r) => ({
      name: r.name,
      gender: r.gender,
      birthDate: r.birthDate,
      idNumber: idOf(r.memberId),
      branchName: r.branchName,
      joinedOn: r.joinedOn,
      joinedYears: r.joinedYears,
    })),
  };
}

export function registersData(ledger: Ledger, input: RegistersInput): PackageRegisters {
  const { asOf } = input;
  const home = flowHome(ledger);
  return {
    honor: honor(ledger, input.year, input.fullIdNumbers),
    care: careOccasionTotals(ledger, input.from, asOf),
    lost: listLost(ledger, { asOf, includeFound: false }).rows.map((r) => ({
      name: r.name,
      branchName: r.branchName,
      lostOn: r.lostOn,
      stage: r.stage,
      suspendFrom: r.suspendFrom,
      stoppedOn: r.stoppedOn,
      searchMade: r.searchMade,
    })),
    flows: {
      out: listFlows(ledger, { asOf, includeEnded: false, memberId: null }).rows.map((r) => ({
        name: r.name,
        gender: r.gender,
        birthDate: r.birthDate,
        branchName: r.branchName,
        leftOn: r.leftOn,
        place: r.place,
        unit: r.unit,
        direction: recordedDirection(r.direction, r.place, home),
        joinsLifeThere: r.joinsLifeThere,
      })),
      in: listFlowIns(ledger, { asOf, includeEnded: false }).map((r) => ({
        name: r.name,
        gender: r.gender,
        fromPlace: r.fromPlace,
        homeOrg: r.homeOrg,
        orgName: r.orgName,
        arrivedOn: r.arrivedOn,
        direction: flowDirection(r.fromPlace, home),
      })),
    },
    terms: termsDue(ledger, asOf).map((t) => ({ orgName: t.name, kind: t.kind, termEndsOn: t.termEndsOn })),
  };
}
