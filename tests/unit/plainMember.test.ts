// The import's plain field check against the schema it stands in for: whatever it accepts,
// memberFields accepts with the same output; what it declines goes to memberFields.
import { describe, expect, it } from 'vitest';
import { memberFields } from '../../api/schemas/members';
import { plainMemberFields, type RowCandidate } from '../../excel/import/plainMember';

const base: RowCandidate = {
  name: '张三',
  gender: '男',
  ethnicity: '汉族',
  birthDate: '1965-03-08',
  idNumber: '110105196503081234',
  education: '大学本科',
  joinedOn: '1990-07-01',
  fullMemberOn: '1991-07-01',
  category: '正式党员',
  communityClass: '直管',
  branchId: 3,
  groupId: 7,
  partyPost: '支部书记',
  workUnit: '街道办事处',
  residenceCommunity: '幸福里',
  phone: '13800000000',
  note: '无',
};

const long = (n: number) => '字'.repeat(n);
const texts = [
  null,
  '',
  ' ',
  '  甲  ',
  '甲\n乙',
  '甲\t\t乙',
  '甲  乙',
  'ＡＢＣ１２３',
  '\u3000甲\u3000',
  long(20),
  long(21),
  long(30),
  long(31),
  long(50),
  long(51),
  long(100),
  long(101),
];
const dates = [null, '', ' ', '1990-07-01', ' 1990-07-01 ', '1990-02-30', '1990-7-1', '19900701', 'abc'];
const variants: Partial<Record<keyof RowCandidate, unknown[]>> = {
  name: texts.filter((t) => t !== null),
  gender: [null, '', '男', '女', '男性'],
  ethnicity: texts,
  birthDate: dates,
  idNumber: ['', ' ', '11010519650308123x', '１１０１０５１９６５０３０８１２３４', '1101 0519 6503 0812 34', 'abc'],
  education: [null, '', '研究生', '小学及以下', '本科'],
  joinedOn: dates,
  fullMemberOn: dates,
  category: [null, '', '正式党员', '预备党员', '党员'],
  communityClass: ['直管', '离退休', '流动', '其他', '', '在职'],
  branchId: [null, 0, -1, 1.5, 1, 2 ** 53, Number.NaN],
  groupId: [null, 0, -1, 2.5, 9, Number.POSITIVE_INFINITY],
  partyPost: texts,
  workUnit: texts,
  residenceCommunity: texts,
  phone: [
    null,
    '',
    ' ',
    '1380',
    '13800000000',
    '010-1234567 转 8',
    '138-0000-0000、139 0000 0000',
    '１３８００００００００',
    '电话13800000000',
    `1${'0'.repeat(50)}`,
  ],
  note: [null, '', ' ', ' 备注 ', '甲\n乙', long(1000), ` ${long(1000)} `, long(1001)],
};

describe('plainMemberFields', () => {
  it('takes a usual row without zod, with zod’s output', () => {
    const plain = plainMemberFields(base);
    expect(plain).not.toBeNull();
    const zod = memberFields.parse(base);
    expect(plain).toStrictEqual(zod);
    expect(Object.keys(plain!)).toEqual(Object.keys(zod));
  });

  it('accepts only what memberFields accepts, and gives what it gives', () => {
    let plainTaken = 0;
    let cases = 0;
    for (const [field, values] of Object.entries(variants)) {
      for (const value of values!) {
        const candidate = { ...base, [field]: value } as RowCandidate;
        const zod = memberFields.safeParse(candidate);
        const plain = plainMemberFields(candidate);
        cases++;
        if (plain === null) continue;
        plainTaken++;
        expect(zod.success, `${field} = ${JSON.stringify(value)}`).toBe(true);
        expect(plain, `${field} = ${JSON.stringify(value)}`).toStrictEqual(zod.data);
      }
    }
    // Most variants are fine values: the fast path is not declining everything.
    expect(plainTaken).toBeGreaterThan(cases / 2);
  });
});
