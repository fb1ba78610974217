import type { MeetingType } from '../../api/meetingTypes';

export interface QuorumFacts {
  types: MeetingType[];
  isElection: boolean;
  /** 正式党员 expected (应到, with the right to vote). */
  votersExpected: number;
  votersPresent: number;
}

/**
 * 党员大会 decisions need more than half of the 正式党员 due; an election needs four
 * fifths (《中国共产党基层组织选举工作条例》). Warnings, not refusals: the record is
 * still what happened.
 */
export function quorumWarnings(f: QuorumFacts): string[] {
  const warnings: string[] = [];
  if (f.types.includes('支部党员大会') && f.votersExpected > 0 && f.votersPresent * 2 <= f.votersExpected) {
    warnings.push(`到会正式党员 ${f.votersPresent} 人，未超过应到正式党员 ${f.votersExpected} 人的半数，会议不能进行表决`);
  }
  if (f.isElection && f.votersExpected > 0 && f.votersPresent * 5 < f.votersExpected * 4) {
    warnings.push(`到会有选举权的党员 ${f.votersPresent} 人，不足应到 ${f.votersExpected} 人的五分之四，不能进行选举`);
  }
  return warnings;
}
