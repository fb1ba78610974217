import { complianceMatrix } from '../../db/meetings/compliance';
import { expectedAttendees } from '../../db/meetings/expected';
import { getMeeting, listMeetings } from '../../db/meetings/read';
import { meetingRules, saveMeetingRules } from '../../db/meetings/rules';
import { addExemption, saveMeeting, suggestSeq, voidMeeting } from '../../db/meetings/write';
import { exportMeetingBook, exportMeetingRecord, exportMeetingStats } from '../../excel/exportMeetings';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { meetingsCalls } from '../../api/contract/meetings';

export const meetings: HandlersOf<typeof meetingsCalls> = {
  'meetings.list': (ctx, input) => listMeetings(ctx.ledger, input),
  'meetings.get': (ctx, { id }) => getMeeting(ctx.ledger, id),
  'meetings.expected': (ctx, { orgId, types, heldOn }) => ({
    people: expectedAttendees(ctx.ledger, orgId, types, heldOn),
    suggestedSeq: suggestSeq(ctx.ledger, orgId, types[0], Number(heldOn.slice(0, 4))),
  }),
  'meetings.save': (ctx, input) => getMeeting(ctx.ledger, saveMeeting(ctx.ledger, input, todayOf(ctx))),
  'meetings.void': (ctx, { id, reason }) => {
    voidMeeting(ctx.ledger, id, reason);
    return getMeeting(ctx.ledger, id);
  },
  'meetings.compliance': (ctx, { year }) => complianceMatrix(ctx.ledger, year, todayOf(ctx)),
  'meetings.rules': (ctx) => meetingRules(ctx.ledger),
  'meetings.saveRules': (ctx, { rules }) => saveMeetingRules(ctx.ledger, rules),
  'meetings.addExemption': (ctx, input) => ({ id: addExemption(ctx.ledger, input) }),
  'reports.meetingStats': (ctx, { year, scope }) => exportMeetingStats(ctx.ledger, ctx.exportsDir, year, scope, todayOf(ctx)),
  'reports.meetingRecord': (ctx, { id }) => exportMeetingRecord(ctx.ledger, ctx.exportsDir, id, todayOf(ctx)),
  'reports.meetingBook': (ctx, { orgId, year }) => exportMeetingBook(ctx.ledger, ctx.exportsDir, orgId, year, todayOf(ctx)),
};
