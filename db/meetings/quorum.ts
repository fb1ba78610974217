import type { MeetingType } from '../../api/meetingTypes';

export interface QuorumFacts {
  types: MeetingType[];
  isElection: boolean;
  /**
   * Voting members expected (应到): those who were 正式党员 on the meeting's day, less those
   * marked 不计应到.
   */
  votersExpected: number;
  /** Voting members present (实到). 预备党员 attend without a vote and count in neither. */
  votersPresent: number;
  /**
   * 正式党员 marked 不计应到 without the 上级党组织's recorded consent. Left out of the
   * half, but an election counts them back in: only with that consent may they be left out
   * of its 应到会人数 (《中国共产党基层组织选举工作条例》).
   */
  unapprovedExclusions?: string[];
}

/**
 * 《中国共产党支部工作条例（试行）》: a 支部党员大会 decides only when more than half of its
 * voting members are present. 《中国共产党基层组织选举工作条例》: an election is
 * valid only when the voters present exceed four fifths (超过应到会人数的五分之四) — exactly
 * four fifths is not enough. Both compare integers (present × 2 vs expected, present × 5 vs
 * expected × 4), so 8 of 10 is flagged and 9 of 10 is not. Warnings, not refusals: the
 * record is still what happened.
 */
export function quorumWarnings(f: QuorumFacts): string[] {
  const warnings: string[] = [];
  if (f.types.includes('支部党员大会') && f.votersExpected > 0 && !moreThanHalf(f.votersPresent, f.votersExpected)) {
    warnings.push(`到会正式党员 ${f.votersPresent} 人，未超过应到正式党员 ${f.votersExpected} 人的半数，会议不能进行表决`);
  }
  const unapproved = f.isElection ? (f.unapprovedExclusions ?? []) : [];
  if (unapproved.length > 0) {
    warnings.push(`${unapproved.join('、')}不计应到未记录上级党组织同意：选举时仍计入应到人数；经同意后请在出勤情况中勾选“已经上级党组织同意”`);
  }
  const electionExpected = f.votersExpected + unapproved.length;
  if (f.isElection && electionExpected > 0 && !moreThanFourFifths(f.votersPresent, electionExpected)) {
    warnings.push(`到会有选举权的党员 ${f.votersPresent} 人，未超过应到 ${electionExpected} 人的五分之四，不能进行选举`);
  }
  return warnings;
}

export const moreThanHalf = (present: number, expected: number) => present * 2 > expected;
export const moreThanFourFifths = (present: number, expected: number) => present * 5 > expected * 4;
