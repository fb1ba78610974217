// The two registries: 报到单位 and 在职党员. Leaving is a dated 注销/撤销, never a delete.
import { eq, sql } from 'drizzle-orm';
import type { OnjobInput, OnjobRow, UnitRow } from '../../api/schemas/dualReg';
import { checkIdNumber } from '../../api/rules/idNumber';
import type { z } from 'zod';
import type { unitInput } from '../../api/schemas/dualReg';
import { nowStamp } from '../clock';
import { LedgerError, notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { members, onjobMembers, units } from '../schema';
import { followSources, onjobTouches } from '../points/follow';

export function listUnits(ledger: Ledger): UnitRow[] {
  const rows = ledger.db
    .select({ unit: units, members: sql<number>`(SELECT count(*) FROM onjob_members o WHERE o.unit_id = "units"."id" AND o.revoked_on IS NULL)` })
    .from(units)
    .orderBy(units.id)
    .all();
  return rows.map(({ unit: { createdAt: _c, updatedAt: _u, ...u }, members }) => ({ ...u, members }) as UnitRow);
}

export function saveUnit(ledger: Ledger, input: z.output<typeof unitInput>): number {
  return ledger.tx(() => {
    const { id, ...fields } = input;
    const at = nowStamp();
    const same = ledger.db
      .select({ id: units.id })
      .from(units)
      .where(eq(units.name, fields.name))
      .all()
      .filter((u) => u.id !== id);
    if (same.length) throw new LedgerError('CONFLICT', `单位“${fields.name}”已经报到过`, 'name');
    if (id) {
      const found = ledger.db.select({ id: units.id, cancelledOn: units.cancelledOn }).from(units).where(eq(units.id, id)).get();
      if (!found) throw notFound('单位');
      if (found.cancelledOn) throw refuse('该单位已注销，资料只读');
      ledger.db
        .update(units)
        .set({ ...fields, updatedAt: at })
        .where(eq(units.id, id))
        .run();
      return id;
    }
    return ledger.db
      .insert(units)
      .values({ ...fields, createdAt: at, updatedAt: at })
      .returning({ id: units.id })
      .get().id;
  });
}

export function cancelUnit(ledger: Ledger, id: number, on: string, reason: string): void {
  ledger.tx(() => {
    const unit = ledger.db.select().from(units).where(eq(units.id, id)).get();
    if (!unit) throw notFound('单位');
    if (unit.cancelledOn) throw refuse(`该单位已于${unit.cancelledOn}注销`);
    if (on < unit.registeredOn) throw refuse('注销日期不能早于报到日期', 'on');
    ledger.db.update(units).set({ cancelledOn: on, cancelReason: reason, updatedAt: nowStamp() }).where(eq(units.id, id)).run();
  });
}

function onjobRows(ledger: Ledger, where?: ReturnType<typeof eq>): OnjobRow[] {
  const q = ledger.db.select({ o: onjobMembers, unitName: units.name }).from(onjobMembers).leftJoin(units, eq(units.id, onjobMembers.unitId));
  const rows = (where ? q.where(where) : q).orderBy(onjobMembers.id).all();
  return rows.map(({ o: { createdAt: _c, updatedAt: _u, posts, ...o }, unitName }) => ({ ...o, posts: JSON.parse(posts), unitName }) as OnjobRow);
}

export const listOnjob = (ledger: Ledger) => onjobRows(ledger);

export function getOnjob(ledger: Ledger, id: number): OnjobRow {
  const [row] = onjobRows(ledger, eq(onjobMembers.id, id));
  if (!row) throw notFound('在职党员');
  return row;
}

/**
 * Registers or edits an 在职党员. Not a roster member (their 组织关系 is elsewhere), but
 * linked to one when the same 身份证号 is on the roster.
 */
/** The 在职党员 holding any of these 身份证号, in one statement (an import's whole file). */
export function findOnjobByIdNumbers(ledger: Ledger, idNumbers: string[]): { id: number; name: string; revokedOn: string | null; idNumber: string }[] {
  return ledger
    .prepare('SELECT id, name, revoked_on AS revokedOn, id_number AS idNumber FROM onjob_members WHERE id_number IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(idNumbers)) as { id: number; name: string; revokedOn: string | null; idNumber: string }[];
}

export function saveOnjob(ledger: Ledger, input: OnjobInput): number {
  return ledger.tx(() => {
    const { id, posts, ...fields } = input;
    const idCheck = checkIdNumber(fields.idNumber);
    if (!idCheck.ok) throw new LedgerError('VALIDATION', idCheck.message, 'idNumber');
    const other = ledger.db.select({ id: onjobMembers.id, name: onjobMembers.name }).from(onjobMembers).where(eq(onjobMembers.idNumber, idCheck.id)).get();
    if (other && other.id !== id) throw new LedgerError('CONFLICT', `该身份证号已登记为在职党员“${other.name}”`, 'idNumber');
    if (fields.unitId) {
      const unit = ledger.db.select({ cancelledOn: units.cancelledOn, name: units.name }).from(units).where(eq(units.id, fields.unitId)).get();
      if (!unit) throw new LedgerError('NOT_FOUND', '找不到所选报到单位', 'unitId');
      if (unit.cancelledOn && !id) throw refuse(`单位“${unit.name}”已注销`, 'unitId');
    }
    const member = ledger.db.select({ id: members.id }).from(members).where(eq(members.idNumber, idCheck.id)).get();
    const values = {
      ...fields,
      idNumber: idCheck.id,
      gender: fields.gender ?? idCheck.gender,
      birthDate: idCheck.birthDate,
      posts: JSON.stringify(posts),
      memberId: member?.id ?? null,
      updatedAt: nowStamp(),
    };
    if (id) {
      const found = ledger.db.select({ revokedOn: onjobMembers.revokedOn }).from(onjobMembers).where(eq(onjobMembers.id, id)).get();
      if (!found) throw notFound('在职党员');
      if (found.revokedOn) throw refuse('该在职党员已撤销报到，资料只读');
      const before = onjobTouches(ledger, id);
      ledger.db.update(onjobMembers).set(values).where(eq(onjobMembers.id, id)).run();
      followSources(ledger, [...before, ...onjobTouches(ledger, id)]);
      return id;
    }
    return ledger.db
      .insert(onjobMembers)
      .values({ ...values, createdAt: values.updatedAt })
      .returning({ id: onjobMembers.id })
      .get().id;
  });
}

export function revokeOnjob(ledger: Ledger, id: number, on: string, reason: string): void {
  ledger.tx(() => {
    const row = ledger.db.select().from(onjobMembers).where(eq(onjobMembers.id, id)).get();
    if (!row) throw notFound('在职党员');
    if (row.revokedOn) throw refuse(`已于${row.revokedOn}撤销`);
    if (on < row.registeredOn) throw refuse('撤销日期不能早于报到日期', 'on');
    ledger.db.update(onjobMembers).set({ revokedOn: on, revokeReason: reason, updatedAt: nowStamp() }).where(eq(onjobMembers.id, id)).run();
  });
}
