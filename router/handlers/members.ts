import { maskIdNumber, maskPhone } from '../../api/rules/idNumber';
import { memberAttendance } from '../../db/meetings/read';
import { correctFactDate } from '../../db/members/correct';
import { memberHistory } from '../../db/members/history';
import { probationProposal } from '../../db/members/probation';
import { getMember, listMembers } from '../../db/members/read';
import { changeMemberStatus } from '../../db/members/status';
import { createMember, updateMember } from '../../db/members/write';
import { exportRoster } from '../../excel/exportRoster';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { membersCalls } from '../../api/contract/members';

// Lists and the detail view show 身份证号 and phones masked; members.reveal shows one, logged.
export const members: HandlersOf<typeof membersCalls> = {
  'members.list': (ctx, input) => {
    const page = listMembers(ctx.ledger, input, todayOf(ctx));
    return { ...page, rows: page.rows.map((r) => ({ ...r, idNumber: maskIdNumber(r.idNumber), phone: r.phone && maskPhone(r.phone) })) };
  },
  'members.get': (ctx, { id }) => {
    const m = getMember(ctx.ledger, id, todayOf(ctx));
    return { ...m, idNumber: maskIdNumber(m.idNumber), phone: m.phone && maskPhone(m.phone) };
  },
  'members.reveal': (ctx, { id }) => {
    const m = getMember(ctx.ledger, id, todayOf(ctx));
    return { idNumber: m.idNumber, phone: m.phone };
  },
  'members.create': (ctx, { transferIn, ...fields }) =>
    createMember(
      ctx.ledger,
      fields,
      transferIn ? { occurredOn: transferIn.occurredOn, fromPlace: transferIn.fromPlace, letterNo: transferIn.letterNo } : null,
      todayOf(ctx),
    ),
  'members.update': (ctx, { id, effectiveOn, ...fields }) => updateMember(ctx.ledger, id, fields, todayOf(ctx), effectiveOn ?? todayOf(ctx)),
  'members.changeStatus': (ctx, { id, change, occurredOn, place, letterNo, reason, extendedTo, decidedOn, approvedOn, exitKind }) => {
    changeMemberStatus(ctx.ledger, id, { change, occurredOn, place, letterNo, reason, extendedTo, decidedOn, approvedOn, exitKind }, todayOf(ctx));
    return getMember(ctx.ledger, id, todayOf(ctx));
  },
  // Dated facts: a member's timeline, the 转正 proposal, and an explicit, logged date correction.
  'members.history': (ctx, { id }) => memberHistory(ctx.ledger, id),
  'members.probation': (ctx, { id }) => probationProposal(ctx.ledger, id, todayOf(ctx)),
  'members.correctFactDate': (ctx, { id, factId, newOn, reason, edge }) => {
    correctFactDate(ctx.ledger, id, factId, newOn, reason, todayOf(ctx), edge);
    return memberHistory(ctx.ledger, id);
  },
  'members.attendance': (ctx, { id, year }) => memberAttendance(ctx.ledger, id, year),
  'reports.roster': (ctx, input) => exportRoster(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
};
