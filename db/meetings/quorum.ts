import type { MeetingType } from '../../api/meetingTypes';

export interface QuorumFacts {
  types: MeetingType[];
  isElection: boolean;
  /** Voting members expected (应到): those who were 正式党员 on the meeting's day. */
  votersExpected: number;
  /** Voting members present (实到). 预备党员 attend without a vote and count in neither. */
  votersPresent: number;
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
  if (f.isElection && f.votersExpected > 0 && !moreThanFourFifths(f.votersPresent, f.votersExpected)) {
    warnings.push(`到会有选举权的党员 ${f.votersPresent} 人，未超过应到 ${f.votersExpected} 人的五分之四，不能进行选举`);
  }
  return warnings;
}

export const moreThanHalf = (present: number, expected: number) => present * 2 > expected;
export const moreThanFourFifths = (present: number, expected: number) => present * 5 > expected * 4;
