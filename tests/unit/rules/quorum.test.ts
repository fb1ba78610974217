import { describe, expect, it } from 'vitest';
import { moreThanFourFifths, moreThanHalf, quorumWarnings } from '../../../db/meetings/quorum';

const election = (present: number, expected: number) =>
  quorumWarnings({ types: ['支部党员大会'], isElection: true, votersExpected: expected, votersPresent: present });
const fourFifthsWarning = (present: number, expected: number) => election(present, expected).some((w) => w.includes('五分之四'));
const halfWarning = (present: number, expected: number) =>
  quorumWarnings({ types: ['支部党员大会'], isElection: false, votersExpected: expected, votersPresent: present }).some((w) => w.includes('半数'));

// 《中国共产党基层组织选举工作条例》: 有选举权的到会人数超过应到会人数的五分之四，会议有效.
describe('election quorum: more than four fifths', () => {
  it('flags 8 of 10 (exactly four fifths) and passes 9 of 10', () => {
    expect(fourFifthsWarning(8, 10)).toBe(true);
    expect(election(8, 10)).toContain('到会有选举权的党员 8 人，未超过应到 10 人的五分之四，不能进行选举');
    expect(fourFifthsWarning(9, 10)).toBe(false);
  });

  it('flags exactly four fifths at every size where it is a whole number, and passes one more', () => {
    for (const expected of [5, 15, 20, 25, 100]) {
      const exact = (expected * 4) / 5;
      expect([expected, fourFifthsWarning(exact, expected)]).toEqual([expected, true]);
      expect([expected, fourFifthsWarning(exact + 1, expected)]).toEqual([expected, false]);
      expect(moreThanFourFifths(exact, expected)).toBe(false);
    }
  });

  it('needs the next whole person above four fifths where it is a fraction', () => {
    // 4/5 of 7 is 5.6: 6 is more, 5 is not.
    expect(fourFifthsWarning(5, 7)).toBe(true);
    expect(fourFifthsWarning(6, 7)).toBe(false);
    // 4/5 of 3 is 2.4: 3 of 3 only.
    expect(fourFifthsWarning(2, 3)).toBe(true);
    expect(fourFifthsWarning(3, 3)).toBe(false);
  });

  it('is not asked of a meeting that is no election', () => {
    expect(quorumWarnings({ types: ['支部党员大会'], isElection: false, votersExpected: 10, votersPresent: 8 })).toEqual([]);
  });
});

// 《中国共产党支部工作条例（试行）》: 党员大会须有半数以上有表决权的党员到会方可召开… 表决.
describe('党员大会 quorum: more than half', () => {
  it('flags exactly half and passes one more', () => {
    expect(halfWarning(5, 10)).toBe(true);
    expect(halfWarning(6, 10)).toBe(false);
    expect(halfWarning(3, 7)).toBe(true);
    expect(halfWarning(4, 7)).toBe(false);
    expect(moreThanHalf(1, 2)).toBe(false);
  });

  it('applies to a 支部党员大会 only', () => {
    expect(quorumWarnings({ types: ['主题党日'], isElection: false, votersExpected: 10, votersPresent: 1 })).toEqual([]);
  });
});
