// The care vocabularies the forms offer. api/schemas/care.ts holds them beside zod, and a
// value import from there builds zod's schemas in the page (its eval probe breaks the CSP);
// the types below keep these lists equal to the contract's.
import type { CareOccasion, FlowContactMethod, FlowDirection } from '../../../api/schemas/care';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const CARE_OCCASIONS = ['七一', '春节', '重阳', '生病', '其他'] as const;
export const FLOW_CONTACT_METHODS = ['电话', '微信', '走访', '信函', '其他'] as const;
export const FLOW_DIRECTIONS = ['市内', '省内', '省外'] as const;

// Fails to compile when the contract's lists change and these do not.
export const VOCAB_MATCHES: [
  Same<(typeof CARE_OCCASIONS)[number], CareOccasion>,
  Same<(typeof FLOW_CONTACT_METHODS)[number], FlowContactMethod>,
  Same<(typeof FLOW_DIRECTIONS)[number], FlowDirection>,
] = [true, true, true];
