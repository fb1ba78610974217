// A street-sized ledger for benchmarks: 200 branches of 100 members, five years of
// meetings with attendance (about 1,000,000 rows). Prepared statements in one
// transaction: drizzle's batched insert ran about 13x slower here.
import { idCheckChar } from '../api/rules/idNumber';
import type { Ledger } from '../db/open';

export interface StreetShape {
  branches: number;
  membersPerBranch: number;
  years: number[];
  meetingsPerYear: number;
}

export const STREET: StreetShape = { branches: 200, membersPerBranch: 100, years: [2022, 2023, 2024, 2025, 2026], meetingsPerYear: 10 };

/** Deterministic: the same shape gives the same file. */
export function seedStreet(ledger: Ledger, shape: StreetShape = STREET): { branchIds: number[]; memberIds: Map<number, number[]> } {
  const now = '2026-01-01T00:00:00.000Z';
  const db = ledger.sqlite;
  const insOrg = db.prepare('INSERT INTO orgs (name, kind, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insMember = db.prepare(
    `INSERT INTO members (name, gender, birth_date, id_number, joined_on, full_member_on, category, party_status, community_class, branch_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, '2000-07-01', '2001-07-01', '正式党员', '正常', '直管', ?, ?, ?)`,
  );
  const insMeeting = db.prepare('INSERT INTO meetings (org_id, held_on, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const insType = db.prepare('INSERT INTO meeting_types (meeting_id, type) VALUES (?, ?)');
  const insAtt = db.prepare('INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (?, ?, ?, ?)');
  const types = ['主题党日', '支部党员大会', '党课', '主题党日', '组织生活会'];
  const branchIds: number[] = [];
  const memberIds = new Map<number, number[]>();
  ledger.tx(() => {
    const root = Number(insOrg.run('街道党工委', '党委', null, now, now).lastInsertRowid);
    let serial = 0;
    for (let b = 0; b < shape.branches; b++) {
      const branch = Number(insOrg.run(`第${b + 1}党支部`, '党支部', root, now, now).lastInsertRowid);
      branchIds.push(branch);
      const ids: number[] = [];
      for (let m = 0; m < shape.membersPerBranch; m++) {
        serial++;
        const birth = `19${50 + (serial % 50)}0${1 + (serial % 9)}1${serial % 9}`;
        const first17 = `${String(110000 + (serial % 890000)).padStart(6, '0')}${birth}${String(serial % 1000).padStart(3, '0')}`;
        const id = `${first17}${idCheckChar(first17)}-${serial}`; // suffix keeps the unique index happy at this scale
        ids.push(Number(insMember.run(`党员${serial}`, serial % 2 ? '男' : '女', `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`, id, branch, now, now).lastInsertRowid));
      }
      memberIds.set(branch, ids);
      for (const year of shape.years) {
        for (let k = 0; k < shape.meetingsPerYear; k++) {
          const month = String(1 + Math.floor((k * 12) / shape.meetingsPerYear)).padStart(2, '0');
          const meeting = Number(insMeeting.run(branch, `${year}-${month}-1${k % 9}`, now, now).lastInsertRowid);
          insType.run(meeting, types[k % types.length] === '主题党日' && k % 2 ? '主题党日' : types[k % types.length]);
          for (const [i, member] of ids.entries()) insAtt.run(meeting, member, (i + k) % 10 === 0 ? '请假' : '出席', (i + k) % 10 === 0 ? '外出' : null);
        }
      }
    }
  });
  return { branchIds, memberIds };
}
