import { addCommitteeMember, closeOrg, createOrg, endCommitteeTerm, getOrgDetail, listOrgs, moveOrg, reopenOrg, updateOrg } from '../../db/orgs';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { orgsCalls } from '../../api/contract/orgs';

export const orgs: HandlersOf<typeof orgsCalls> = {
  'orgs.list': (ctx, input) => listOrgs(ctx.ledger, input.includeClosed),
  'orgs.get': (ctx, { id }) => getOrgDetail(ctx.ledger, id),
  'orgs.create': (ctx, input) => createOrg(ctx.ledger, input),
  'orgs.update': (ctx, { id, ...fields }) => updateOrg(ctx.ledger, id, fields),
  'orgs.move': (ctx, { id, parentId }) => moveOrg(ctx.ledger, id, parentId, todayOf(ctx)),
  'orgs.close': (ctx, { id, closedOn, reason }) => closeOrg(ctx.ledger, id, closedOn, reason),
  'orgs.reopen': (ctx, { id }) => reopenOrg(ctx.ledger, id),
  'orgs.committeeAdd': (ctx, input) => addCommitteeMember(ctx.ledger, input),
  'orgs.committeeEnd': (ctx, { id, endOn }) => endCommitteeTerm(ctx.ledger, id, endOn),
};
