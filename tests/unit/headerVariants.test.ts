// Each import maps the header names other systems use (tests/fixtures/headerVariants.ts).
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_FIELDS } from '../../excel/import/developmentSpec';
import { DUES_BASE_FIELDS } from '../../excel/import/duesBasesSpec';
import { fieldForHeader, type FieldDef } from '../../excel/import/findHeader';
import { ONJOB_FIELDS } from '../../excel/import/onjobSpec';
import { ROSTER_FIELDS } from '../../excel/import/rosterColumns';
import * as H from '../fixtures/headerVariants';

const cases: [string, [string, string | null][], readonly FieldDef[]][] = [
  ['全国党员管理信息系统 roster', H.NATIONAL_ROSTER, ROSTER_FIELDS],
  ['other roster templates', H.OTHER_ROSTERS, ROSTER_FIELDS],
  ['发展党员 registers', H.DEVELOPMENT_REGISTERS, DEVELOPMENT_FIELDS],
  ['党费基数 sheets', H.DUES_BASES, DUES_BASE_FIELDS],
  ['在职党员 lists', H.ONJOB_LISTS, ONJOB_FIELDS],
];

describe('header names from other systems', () => {
  it.each(cases)('%s', (_, headers, fields) => {
    expect(headers.map(([h]) => [h, fieldForHeader(h, fields)])).toEqual(headers);
  });
});
