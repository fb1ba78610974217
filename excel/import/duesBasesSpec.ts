// 党费基数 as an import target, on the roster's pipeline: a row names a member by 身份证号
// (and 姓名, which must agree) and gives a base or 月收入 in 元, optionally the 缴费类别,
// the month it applies from and 免交/减交 with reason and approver. Each row becomes one
// dues_bases row with source '导入'; a row for a month that already has a live base replaces
// it (update: the old row is voided, kept) or is skipped, as the user chose for duplicates.
import { BASE_DUES_KINDS, type DuesKind } from '../../api/dues';
import { formatFen } from '../../api/rules/dues';
import { checkIdNumber, idNumberKey } from '../../api/rules/idNumber';
import type { ImportProblem } from '../../api/schemas/imports';
import { insertImportedBase, liveBasesOfMembers, type ImportedBase } from '../../db/dues/importBases';
import { findMembersByIdNumbers } from '../../db/members/read';
import type { Ledger } from '../../db/open';
import { yearStatus } from '../../db/yearClosing';
import type { ColumnMapping } from './findHeader';
import { labelOf, rowCells } from './rowCells';
import type { Existing, ImportSpec, ReadResult } from './plan';
import { readKind, readMonth, readRelief, readYuan } from './duesCells';

export const DUES_BASE_FIELDS = [
  { key: 'name', label: '姓名', synonyms: ['姓名'] },
  { key: 'idNumber', label: '公民身份号码', synonyms: ['公民身份号码', '身份证号', '身份证号码', '身份证'] },
  {
    key: 'base',
    label: '基数',
    synonyms: ['基数', '缴费基数', '交费基数', '党费基数', '月缴费基数', '计缴基数', '交纳基数', '缴纳基数', '基数（元）', '缴费基数（元）'],
  },
  {
    key: 'income',
    label: '月收入',
    synonyms: ['月收入', '月工资收入', '工资收入', '月工资', '收入', '离退休费', '退休金', '养老金', '月养老金', '月退休金', '月收入（元）'],
  },
  { key: 'kind', label: '缴费类别', synonyms: ['缴费类别', '交费类别', '党费类别', '缴纳类别', '交纳类别', '类别'] },
  { key: 'fromMonth', label: '起始月份', synonyms: ['起始月份', '起始月', '开始月份', '执行月份', '起缴月份', '生效月份', '自何月起'] },
  { key: 'relief', label: '免交/减交', synonyms: ['免交/减交', '免交减交', '免交或减交', '减免', '减免情况', '免交、减交'] },
  { key: 'reliefAmount', label: '减交后每月金额', synonyms: ['减交后每月金额', '减交后金额', '减交金额', '减交后月交金额'] },
  { key: 'reason', label: '原因', synonyms: ['原因', '免交/减交原因', '减免原因', '免交原因', '减交原因'] },
  { key: 'approver', label: '批准人', synonyms: ['批准人', '审批人', '批准'] },
] as const;

export const DUES_BASE_MAPPING = 'import.duesBaseMapping';

export interface BaseRow {
  base: ImportedBase;
  /** No 缴费类别 in the row: the member's earlier kind, else 在职 (decided once the member is known). */
  kindGiven: boolean;
}

/** Names are compared without the spaces people put inside two-character names (张 三). */
const squashName = (name: string) => name.replace(/[\s\u3000]/g, '');

export function duesBaseSpec(ledger: Ledger, today: string, defaultMonth: string | null): ImportSpec<BaseRow> {
  const fallbackMonth = defaultMonth ?? `${today.slice(0, 4)}-01`;
  let columnOf: (key: string) => string = (key) => labelOf(DUES_BASE_FIELDS, key);
  const existing = new Map<string, Existing>();
  return {
    fields: DUES_BASE_FIELDS,
    mappingKey: DUES_BASE_MAPPING,
    registry: '党费基数',
    readRow(cells, rowNumber, mapping: ColumnMapping, headers) {
      const problems: ImportProblem[] = [];
      const row = rowCells(DUES_BASE_FIELDS, cells, mapping, headers, problems);
      const { cellOf, text } = row;
      columnOf = row.columnOf;
      const error = (key: string, message: string) => row.add(key, 'error', message);

      const rawId = cellOf('idNumber');
      let idNumber = text('idNumber');
      if (typeof rawId === 'number' && String(rawId).length !== 15) {
        error(
          'idNumber',
          `身份证号被存成了数字（显示为 ${rawId.toExponential(5).replace('e+', 'E+')}），后几位已经丢失，无法恢复。请把该列设为“文本”格式后重新填写`,
        );
        idNumber = '';
      }
      const id = checkIdNumber(idNumber, today);
      if (idNumber && !id.ok) error('idNumber', id.message);
      if (!idNumber && !problems.length) error('idNumber', '缺少公民身份号码');
      const name = text('name');
      if (!name) error('name', '缺少姓名');

      // 基数 first: a file with both columns states the base itself beside the gross income.
      const fromBase = text('base') !== '' || mapping.income === undefined || mapping.income === null;
      const baseKey = fromBase ? 'base' : 'income';
      const base = readYuan(cellOf(baseKey), columnOf(baseKey));
      if (!base.ok) error(baseKey, base.message);
      const kind = readKind(text('kind'));
      if (!kind.ok) error('kind', kind.message);
      const month = readMonth(cellOf('fromMonth'), columnOf('fromMonth'));
      if (!month.ok) error('fromMonth', month.message);
      const relief = readRelief(text('relief'));
      if (!relief.ok) error('relief', relief.message);
      const reliefAmount = readYuan(cellOf('reliefAmount'), columnOf('reliefAmount'));
      if (!reliefAmount.ok) error('reliefAmount', reliefAmount.message);
      const reason = text('reason') || null;
      const approver = text('approver') || null;
      if (relief.ok && relief.value !== null) {
        if (relief.value === '减交' && reliefAmount.ok && reliefAmount.value === null) error('reliefAmount', '减交须填写减交后每月金额');
        if (!reason) error('reason', `${relief.value}须填写原因`);
        if (!approver) error('approver', `${relief.value}须填写批准人`);
      } else if (relief.ok && reliefAmount.ok && reliefAmount.value !== null) {
        problems.push({ column: columnOf('reliefAmount'), level: 'warning', message: '未注明减交，减交后金额不予记录' });
      }

      let input: BaseRow | null = null;
      if (!problems.some((p) => p.level === 'error') && base.ok && kind.ok && month.ok && relief.ok && reliefAmount.ok) {
        input = {
          kindGiven: kind.value !== null,
          base: {
            memberId: 0,
            fromMonth: month.value ?? fallbackMonth,
            kind: kind.value ?? '在职',
            baseFen: base.value,
            relief: relief.value,
            reliefFen: relief.value === '减交' ? reliefAmount.value : null,
            reliefReason: relief.value ? reason : null,
            reliefApprover: relief.value ? approver : null,
          },
        };
      }
      return { rowNumber, name, idNumber: id.ok ? id.id : idNumber, input, problems };
    },

    checkRows(reads: ReadResult<BaseRow>[]) {
      const withId = reads.filter((r) => r.idNumber !== '' && !r.problems.some((p) => p.level === 'error' && p.column === columnOf('idNumber')));
      // One query each for the whole file: the members, then their bases.
      const members = new Map(
        findMembersByIdNumbers(
          ledger,
          withId.map((r) => r.idNumber),
        ).map((m) => [idNumberKey(m.idNumber), m]),
      );
      const bases = liveBasesOfMembers(
        ledger,
        [...members.values()].map((m) => m.id),
      );
      const closed = new Set(yearStatus(ledger).closedYears);
      for (const read of withId) {
        const fail = (key: string, message: string) => {
          read.problems.push({ column: columnOf(key), level: 'error', message });
          read.input = null;
        };
        const member = members.get(idNumberKey(read.idNumber));
        if (!member) {
          fail('idNumber', `花名册中没有身份证号为 ${read.idNumber} 的党员，请核对号码，或先把该党员录入花名册`);
          continue;
        }
        if (read.name && squashName(read.name) !== squashName(member.name)) {
          fail('name', `姓名与身份证号不符：该身份证号是花名册中“${member.name}”的号码`);
          continue;
        }
        const row = read.input;
        if (!row) continue;
        const month = row.base.fromMonth;
        if (member.leftOn !== null && member.leftOn.slice(0, 7) < month) {
          fail('fromMonth', `${member.name}已于${member.leftOn}离开（历史党员），${month}起不再交纳党费`);
          continue;
        }
        if (closed.has(Number(month.slice(0, 4)))) {
          fail('fromMonth', `${month.slice(0, 4)}年度已封账，不能导入该年度的基数`);
          continue;
        }
        const own = bases.filter((b) => b.memberId === member.id && b.fromMonth <= month);
        if (!row.kindGiven) {
          const earlier = own.at(-1);
          row.base.kind = earlier?.kind ?? '在职';
          if (!earlier) read.problems.push({ column: columnOf('kind'), level: 'warning', message: '未填缴费类别，按“在职”计算' });
        }
        const kind: DuesKind = row.base.kind;
        if (BASE_DUES_KINDS.includes(kind)) {
          if (row.base.baseFen === null && row.base.relief !== '免交') {
            fail('base', `${kind}党员须填写基数或月收入（元）`);
            continue;
          }
        } else if (row.base.baseFen !== null) {
          read.problems.push({ column: columnOf('base'), level: 'warning', message: `${kind}党员按固定金额交纳，基数不予记录` });
          row.base.baseFen = null;
        }
        row.base.memberId = member.id;
        const same = own.find((b) => b.fromMonth === month);
        if (same) {
          const was = same.baseFen === null ? same.kind : `${same.kind} ${formatFen(same.baseFen)}元`;
          existing.set(read.idNumber, { id: same.id, name: `${member.name}：${month}起 ${was}` });
        }
      }
    },

    findExisting: () => existing,
    create: (row) => void insertImportedBase(ledger, row.base),
    // insertBase voids the month's live row itself (重新核定): the existing id is not needed.
    update: (_id, row) => void insertImportedBase(ledger, row.base),
  };
}
