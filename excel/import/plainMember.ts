// The roster import's per-row field check without zod, for rows that pass. zod's
// memberFields took ~0.5 s of a 10,000-row preview (a parse context, transforms and pipes per
// field). This accepts only what memberFields accepts and returns what it returns; anything
// it is unsure of gets null, and the caller runs memberFields for the real outcome and its
// message. tests/unit/plainMember.test.ts holds the two to the same output.
import { COMMUNITY_CLASSES, EDUCATIONS, GENDERS, MEMBER_CATEGORIES } from '../../api/enums';
import { isIsoDate } from '../../api/rules/dates';
import { normalizeIdNumber } from '../../api/rules/idNumber';
import { cleanText } from '../../api/rules/text';
import type { MemberInput } from '../../api/schemas/members';

/** The fields readRow fills; the others take memberFields' defaults. */
export interface RowCandidate {
  name: string;
  gender: string | null;
  ethnicity: string | null;
  birthDate: string | null;
  idNumber: string;
  education: string | null;
  joinedOn: string | null;
  fullMemberOn: string | null;
  category: string | null;
  communityClass: string;
  branchId: number | null;
  groupId: number | null;
  partyPost: string | null;
  workUnit: string | null;
  residenceCommunity: string | null;
  phone: string | null;
  note: string | null;
  /** 党费交纳至 ('YYYY-MM') when the file has the column. */
  duesPaidThrough?: string | null;
}

/** Thrown inside to hand the row to zod; never leaves this file. */
const UNSURE = Symbol('unsure');

const text = (v: string | null, max: number): string | null => {
  if (v === null) return null;
  const t = cleanText(v);
  if (t.length > max) throw UNSURE;
  return t === '' ? null : t;
};

const requiredText = (v: string, max: number): string => {
  const t = text(v, max);
  if (t === null) throw UNSURE;
  return t;
};

const date = (v: string | null): string => {
  const t = v?.trim();
  if (!t || !isIsoDate(t)) throw UNSURE;
  return t;
};

const optionalDate = (v: string | null): string | null => (v === null || v.trim() === '' ? null : date(v));

const choice = <T extends string>(v: string | null, values: readonly T[]): T => {
  if (!(values as readonly (string | null)[]).includes(v)) throw UNSURE;
  return v as T;
};

const id = (v: number | null): number => {
  if (v === null || !Number.isSafeInteger(v) || v <= 0) throw UNSURE;
  return v;
};

const PHONE = /^[0-9+\-() 、,/转]{5,50}$/;

function convert(c: RowCandidate): MemberInput {
  const idNumber = normalizeIdNumber(c.idNumber);
  if (idNumber === '') throw UNSURE;
  const phone = text(c.phone, 50);
  if (phone !== null && !PHONE.test(phone)) throw UNSURE;
  const note = c.note === null || c.note.trim() === '' ? null : c.note.trim();
  if (note !== null && note.length > 1000) throw UNSURE;
  // memberFields' shape order, so the two outputs are alike to the key.
  return {
    name: requiredText(c.name, 30),
    gender: choice(c.gender, GENDERS),
    ethnicity: text(c.ethnicity, 20),
    birthDate: date(c.birthDate),
    idNumber,
    education: c.education === null || c.education === '' ? null : choice(c.education, EDUCATIONS),
    joinedOn: date(c.joinedOn),
    fullMemberOn: optionalDate(c.fullMemberOn),
    category: choice(c.category, MEMBER_CATEGORIES),
    communityClass: choice(c.communityClass, COMMUNITY_CLASSES),
    branchId: id(c.branchId),
    groupId: c.groupId === null ? null : id(c.groupId),
    partyPost: text(c.partyPost, 50),
    workUnit: text(c.workUnit, 100),
    residenceCommunity: text(c.residenceCommunity, 50),
    building: null,
    room: null,
    phone,
    flowDestination: null,
    lostContactOn: null,
    isCenterHousehold: false,
    isInDifficulty: false,
    isVeteran: false,
    isFrail: false,
    duesPaidThrough: c.duesPaidThrough ?? null,
    note,
  };
}

/** memberFields' output for a row it accepts; null when zod must decide (and word the problem). */
export function plainMemberFields(c: RowCandidate): MemberInput | null {
  try {
    return convert(c);
  } catch (error) {
    if (error === UNSURE) return null;
    throw error;
  }
}
