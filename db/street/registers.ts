// The street's registers (issue 30): one row per community from the registers its 上报包 carries,
// a 合计 over the packages that carry them, and the names behind. A package of an older version
// has no `registers`: its row is `absent` (该包无此项) and left out of the 合计, never counted as zero.
import { LOST_STAGES } from '../../api/schemas/care';
import { FLOW_DIRECTIONS, type PackageRegisters } from '../../api/schemas/packageRegisters';
import type {
  CareFigures,
  FlowFigures,
  FlowName,
  HonorFigures,
  HonorName,
  LostFigures,
  LostName,
  RegisterView,
  TermFigures,
  TermName,
} from '../../api/schemas/streetRegisters';
import { CARE_OCCASIONS } from '../../api/schemas/care';
import type { Ledger } from '../open';
import { livePackages, memoStreet, notReported, rowHead } from './live';

function registerView<R, N>(
  ledger: Ledger,
  key: string,
  year: number,
  quarter: number | null,
  empty: () => R,
  of: (r: PackageRegisters, asOf: string) => { figures: R; names: N[] },
  add: (sum: R, r: R) => void,
): RegisterView<R, N> {
  return memoStreet(ledger, `register:${key}:${year}:${quarter}`, () => {
    const total = empty();
    const names: (N & { community: string })[] = [];
    const rows = livePackages(ledger, year, quarter).map((p) => {
      const registers = p.data.registers;
      if (!registers) return { ...rowHead(p), absent: true, ...empty() };
      const { figures, names: own } = of(registers, p.data.asOf);
      add(total, figures);
      for (const n of own) names.push({ ...n, community: p.community });
      return { ...rowHead(p), absent: false, ...figures };
    });
    return { rows, total, names, notReported: notReported(ledger, year, quarter) };
  });
}

const addArrays = (a: number[], b: number[]) => b.forEach((v, i) => (a[i] += v));

export function streetHonor(ledger: Ledger, year: number, quarter: number | null): RegisterView<HonorFigures, HonorName> {
  return registerView<HonorFigures, HonorName>(
    ledger,
    'honor',
    year,
    quarter,
    () => ({ listed: 0, presented: 0, toCheck: 0 }),
    ({ honor }) => ({
      figures: { listed: honor.rows.length, presented: honor.rows.filter((r) => r.presentedOn !== null).length, toCheck: honor.toCheck.length },
      names: [
        ...honor.rows.map((r) => ({ ...r, toCheck: false })),
        ...honor.toCheck.map(({ joinedYears, ...r }) => ({ ...r, partyFrom: null, partyYears: joinedYears, presentedOn: null, toCheck: true })),
      ],
    }),
    (s, r) => {
      s.listed += r.listed;
      s.presented += r.presented;
      s.toCheck += r.toCheck;
    },
  );
}

export function streetCare(ledger: Ledger, year: number, quarter: number | null): RegisterView<CareFigures, never> {
  const empty = (): CareFigures => ({ occasions: CARE_OCCASIONS.map((occasion) => ({ occasion, visits: 0, moneyFen: 0 })), visits: 0, moneyFen: 0 });
  return registerView<CareFigures, never>(
    ledger,
    'care',
    year,
    quarter,
    empty,
    ({ care }) => {
      const f = empty();
      for (const c of care) {
        const o = f.occasions.find((x) => x.occasion === c.occasion)!;
        o.visits += c.visits;
        o.moneyFen += c.moneyFen;
        f.visits += c.visits;
        f.moneyFen += c.moneyFen;
      }
      return { figures: f, names: [] };
    },
    (s, r) => {
      r.occasions.forEach((o, i) => {
        s.occasions[i].visits += o.visits;
        s.occasions[i].moneyFen += o.moneyFen;
      });
      s.visits += r.visits;
      s.moneyFen += r.moneyFen;
    },
  );
}

export function streetLost(ledger: Ledger, year: number, quarter: number | null): RegisterView<LostFigures, LostName> {
  return registerView<LostFigures, LostName>(
    ledger,
    'lost',
    year,
    quarter,
    () => ({ total: 0, stages: LOST_STAGES.map(() => 0) }),
    ({ lost }) => ({
      figures: { total: lost.length, stages: LOST_STAGES.map((s) => lost.filter((l) => l.stage === s).length) },
      names: lost.map(({ searchMade: _s, ...l }) => l),
    }),
    (s, r) => {
      s.total += r.total;
      addArrays(s.stages, r.stages);
    },
  );
}

export function streetFlows(ledger: Ledger, year: number, quarter: number | null): RegisterView<FlowFigures, FlowName> {
  const by = (rows: { direction: (typeof FLOW_DIRECTIONS)[number] }[]) => FLOW_DIRECTIONS.map((d) => rows.filter((r) => r.direction === d).length);
  return registerView<FlowFigures, FlowName>(
    ledger,
    'flows',
    year,
    quarter,
    () => ({ out: 0, outBy: FLOW_DIRECTIONS.map(() => 0), in: 0, inBy: FLOW_DIRECTIONS.map(() => 0) }),
    ({ flows }) => ({
      figures: { out: flows.out.length, outBy: by(flows.out), in: flows.in.length, inBy: by(flows.in) },
      names: [
        ...flows.out.map((f) => ({
          kind: '流出' as const,
          name: f.name,
          gender: f.gender,
          branchName: f.branchName,
          since: f.leftOn,
          place: f.unit ? `${f.place} ${f.unit}` : f.place,
          direction: f.direction,
        })),
        ...flows.in.map((f) => ({
          kind: '流入' as const,
          name: f.name,
          gender: f.gender,
          branchName: f.orgName,
          since: f.arrivedOn,
          place: `${f.fromPlace}（${f.homeOrg}）`,
          direction: f.direction,
        })),
      ],
    }),
    (s, r) => {
      s.out += r.out;
      s.in += r.in;
      addArrays(s.outBy, r.outBy);
      addArrays(s.inBy, r.inBy);
    },
  );
}

export function streetTerms(ledger: Ledger, year: number, quarter: number | null): RegisterView<TermFigures, TermName> {
  return registerView<TermFigures, TermName>(
    ledger,
    'terms',
    year,
    quarter,
    () => ({ due: 0, overdue: 0 }),
    ({ terms }, asOf) => {
      const names = terms.map((t) => ({ ...t, overdue: t.termEndsOn < asOf }));
      return { figures: { due: names.length, overdue: names.filter((t) => t.overdue).length }, names };
    },
    (s, r) => {
      s.due += r.due;
      s.overdue += r.overdue;
    },
  );
}
