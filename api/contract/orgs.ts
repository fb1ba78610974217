// Organisations' calls, spread into the contract (api/contract.ts).
import { read, write } from '../callSpec';
import { byId } from '../schemas/fields';
import {
  type OrgDetail,
  type OrgRow,
  committeeAddInput,
  committeeEndInput,
  orgCloseInput,
  orgCreateInput,
  orgMoveInput,
  orgUpdateInput,
} from '../schemas/orgs';
import { z } from 'zod';

export const orgsCalls = {
  'orgs.list': read<OrgRow[]>()('查看组织', z.object({ includeClosed: z.boolean().default(true) }).default({ includeClosed: true })),
  'orgs.get': read<OrgDetail>()('查看组织详情', byId('组织')),
  'orgs.create': write<OrgRow>()('新建组织', ['orgs'], orgCreateInput),
  'orgs.update': write<OrgRow>()('修改组织', ['orgs'], orgUpdateInput),
  'orgs.move': write<OrgRow>()('调整上级组织', ['orgs'], orgMoveInput),
  'orgs.close': write<OrgRow>()('撤销组织', ['orgs'], orgCloseInput),
  'orgs.reopen': write<OrgRow>()('恢复组织', ['orgs'], byId('组织')),
  'orgs.committeeAdd': write<OrgDetail>()('增加支委', ['orgs'], committeeAddInput),
  'orgs.committeeEnd': write<OrgDetail>()('支委离任', ['orgs'], committeeEndInput),
} as const;
