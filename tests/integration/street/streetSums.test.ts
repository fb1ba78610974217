// The 合计 functions the community forms and the street share: rates from sums, the 1/3 check.
import { describe, expect, it } from 'vitest';
import { appraisalFigures, meetingFigures, percentText, sumPoints, pointsFigures } from '../../../api/rules/streetSums';

describe('streetSums', () => {
  it('三会一课: 完成率 and 平均出勤率 from sums, never an average of averages', () => {
    // A branch of 1 meeting at 100% and one of 3 at 50%: the average of the two rates would say 75%.
    const f = meetingFigures([
      { required: 1, held: 1, satisfied: 1, rateSum: 1, rateCount: 1 },
      { required: 3, held: 3, satisfied: 1, rateSum: 1.5, rateCount: 3 },
    ]);
    expect(f).toMatchObject({ required: 4, held: 4, satisfied: 2, rateCount: 4 });
    expect(percentText(f.completion)).toBe('50%');
    expect(percentText(f.attendance)).toBe('62.5%');
    expect(meetingFigures([]).completion).toBeNull();
    expect(percentText(null)).toBe('—');
  });

  it('民主评议: 优秀 over a third of the graded 正式党员 is flagged, exactly a third is not', () => {
    const row = { members: 10, appraised: 9, absent: 1, probationary: 0, excellent: 3, qualified: 6, basic: 0, unqualified: 0 };
    expect(appraisalFigures([row]).overThird).toBe(false);
    expect(appraisalFigures([{ ...row, excellent: 4, qualified: 5 }]).overThird).toBe(true);
    // Summed across communities, the check is on the sums.
    expect(appraisalFigures([row, { ...row, excellent: 4, qualified: 5 }])).toMatchObject({ excellent: 7, graded: 18, overThird: true });
  });

  it('积分: the street average is Σ points ÷ Σ people', () => {
    const a = pointsFigures([{ total: 100, rank: 1, stars: 5 }]);
    const b = pointsFigures([
      { total: 60, rank: 1, stars: 3 },
      { total: 40, rank: 2, stars: 2 },
      { total: 20, rank: null, stars: null },
    ]);
    const t = sumPoints([a, b]);
    expect(t).toMatchObject({ people: 4, ranked: 3, excluded: 1, pointsSum: 220, average: 55, highest: 100 });
    expect(t.stars).toEqual([0, 1, 1, 0, 1]);
  });
});
