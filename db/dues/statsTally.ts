// The hot loop of the 党费收缴情况统计表 (db/dues/stats.ts): every member's owed months of a year
// (240,000 member-months at street scale) tallied into flat typed arrays per (organisation,
// period), each person counted once per organisation and period, per organisation over the
// year, and once at the community level per period and over the year. Nothing is allocated per
// member: the version that kept a cell object per organisation and small arrays per member ran
// 30–300 ms a call (issue 29's bench row), this one a few ms. stats.ts makes the cells after.

export interface TallyInput {
  /** Organisation id → index; an id not in it (not in orgs) shares the index `orgCount`, whose figures nobody reads. */
  orgIndex: ReadonlyMap<number, number>;
  orgCount: number;
  periods: number;
  /** Month of the year (0–11) → period index. */
  periodOfMonth: Int32Array;
  /** Month indexes: the year's January, the last month owed so far, the ledger's 党费 start (-1: none). */
  lo: number;
  through: number;
  start: number;
  owedOf: ReadonlyMap<number, Int32Array>;
  /** Member → month index of the opening 党费交纳至. */
  openings: ReadonlyMap<number, number>;
  /** 应交 per member-month (NaN 未核定), flat by member id × 12, and the member ids it has room for. */
  due: Float64Array;
  dueCapacity: number;
  /** 实交 per member-month, flat by member id × 12. */
  paid: Float64Array;
  paidCapacity: number;
}

export interface Tally {
  /** Per organisation index × period (index × periods + period). */
  owing: Int32Array;
  paidCount: Int32Array;
  arrears: Int32Array;
  dueFen: Float64Array;
  arrearsFen: Float64Array;
  /** Per organisation index: some month of the year was owed there (its row shows even if not due yet). */
  present: Uint8Array;
  /** Per organisation index over the year, each person once. */
  yearOwing: Int32Array;
  yearPaid: Int32Array;
  yearArrears: Int32Array;
  /** The community level: per period, and the year at index `periods`. */
  communityOwing: Int32Array;
  communityPaid: Int32Array;
  communityArrears: Int32Array;
}

/** State bits of a person in a cell: 1 owing, 2 a month not fully paid, 4 a month whose 应交 is 未核定. */
const ARREARS = 2;
const UNKNOWN = 4;

export function tallyOwed(input: TallyInput): Tally {
  const { orgIndex, orgCount, periods: P, periodOfMonth, lo, through, start, owedOf, openings, due, dueCapacity, paid, paidCapacity } = input;
  const orgs = orgCount + 1;
  const t: Tally = {
    owing: new Int32Array(orgs * P),
    paidCount: new Int32Array(orgs * P),
    arrears: new Int32Array(orgs * P),
    dueFen: new Float64Array(orgs * P),
    arrearsFen: new Float64Array(orgs * P),
    present: new Uint8Array(orgs),
    yearOwing: new Int32Array(orgs),
    yearPaid: new Int32Array(orgs),
    yearArrears: new Int32Array(orgs),
    communityOwing: new Int32Array(P + 1),
    communityPaid: new Int32Array(P + 1),
    communityArrears: new Int32Array(P + 1),
  };
  // One member's states per cell and per organisation; `seen` holds the member's sequence number,
  // so nothing is cleared between members.
  const cellState = new Int32Array(orgs * P);
  const cellSeen = new Int32Array(orgs * P);
  const orgState = new Int32Array(orgs);
  const orgSeen = new Int32Array(orgs);
  const touchedCells = new Int32Array(12);
  const touchedOrgs = new Int32Array(12);
  const personState = new Int32Array(P);
  let seq = 0;
  for (const [memberId, owed] of owedOf) {
    seq++;
    let cells = 0;
    let orgsTouched = 0;
    const opening = openings.get(memberId) ?? -1;
    let lastOrg = 0;
    let oi = orgCount;
    for (let i = 0; i < 12; i++) {
      const org = owed[i]!;
      if (org === 0) continue;
      if (org !== lastOrg) {
        lastOrg = org;
        oi = orgIndex.get(org) ?? orgCount;
      }
      t.present[oi] = 1;
      const m = lo + i;
      // Not due yet, or before the ledger's 党费 start: money in hand (实交), but nobody owes or is behind on it.
      if (m > through || m < start) continue;
      const key = oi * P + periodOfMonth[i]!;
      let state = 1;
      if (m <= opening) {
        // Covered by the opening 党费交纳至: counts as paid, nothing owed on the ledger.
      } else {
        const owe = memberId < dueCapacity ? due[memberId * 12 + i]! : NaN;
        if (Number.isNaN(owe)) state |= UNKNOWN;
        else {
          t.dueFen[key]! += owe;
          const fen = memberId < paidCapacity ? paid[memberId * 12 + i]! : 0;
          if (fen < owe) {
            state |= ARREARS;
            t.arrearsFen[key]! += owe - fen;
          }
        }
      }
      if (cellSeen[key] !== seq) {
        cellSeen[key] = seq;
        cellState[key] = state;
        touchedCells[cells++] = key;
      } else cellState[key]! |= state;
      if (orgSeen[oi] !== seq) {
        orgSeen[oi] = seq;
        orgState[oi] = state;
        touchedOrgs[orgsTouched++] = oi;
      } else orgState[oi]! |= state;
    }
    if (cells === 0) continue;
    personState.fill(0);
    let personYear = 0;
    for (let k = 0; k < cells; k++) {
      const key = touchedCells[k]!;
      const state = cellState[key]!;
      count(t.owing, t.paidCount, t.arrears, key, state);
      personState[key % P]! |= state;
      personYear |= state;
    }
    for (let p = 0; p < P; p++) if (personState[p]) count(t.communityOwing, t.communityPaid, t.communityArrears, p, personState[p]!);
    count(t.communityOwing, t.communityPaid, t.communityArrears, P, personYear);
    for (let k = 0; k < orgsTouched; k++) {
      const o = touchedOrgs[k]!;
      count(t.yearOwing, t.yearPaid, t.yearArrears, o, orgState[o]!);
    }
  }
  return t;
}

function count(owing: Int32Array, paid: Int32Array, arrears: Int32Array, at: number, state: number) {
  owing[at]!++;
  if (state & ARREARS) arrears[at]!++;
  else if (!(state & UNKNOWN)) paid[at]!++;
}
