// Turns spreadsheet rows into member records, collecting every problem in Chinese with
// the row number as Excel shows it and the column's own header.
import { personName } from '../../api/rules/text';
import { EDUCATIONS } from '../../api/enums';
import { checkIdNumber } from '../../api/rules/idNumber';
import { addYears } from '../../api/rules/dates';
import { parseLooseDate, yearOnly, yearOnlyNote, type LooseDate } from '../../api/rules/looseDate';
import { memberProblems } from '../../api/rules/member';
import { memberFields, type MemberInput } from '../../api/schemas/members';
import type { ImportProblem } from '../../api/schemas/imports';
import type { RawCell } from './book';
import { cellText, type ColumnMapping } from './findHeader';
import type { MissingOrgs } from './missingOrgs';
import { plainMemberFields, type RowCandidate } from './plainMember';
import { ROSTER_FIELDS, type ImportField } from './rosterColumns';

export interface OrgIndex {
  /** Open branches by name. */
  branches: Map<string, number>;
  /** Open groups by branch id, then name. */
  groups: Map<number, Map<string, number>>;
  /** Collects the names not found; with `create`, hands out placeholder ids for them. */
  missing: MissingOrgs;
  /** Rows of a 离退休 branch with no 社区分类: counted, and set to 离退休 once the user accepts. */
  retired: { accepted: boolean; rows: number };
}

/**
 * A member read from the roster, with the day their 组织关系 came here when the file gives it, and
 * the day they were lost from (是否失联 / 失联日期) for the 失联 register.
 */
export type ImportedMember = MemberInput & { transferInOn: string | null; lostOn: string | null };

export interface ReadRow {
  rowNumber: number;
  name: string;
  idNumber: string;
  input: ImportedMember | null;
  problems: ImportProblem[];
}

const EDUCATION_SYNONYMS: Record<string, (typeof EDUCATIONS)[number]> = {
  本科: '大学本科',
  大学: '大学本科',
  大本: '大学本科',
  大专: '大学专科',
  专科: '大学专科',
  硕士: '研究生',
  博士: '研究生',
  研究生: '研究生',
  中技: '中专',
  技校: '中专',
  职高: '高中',
  小学: '小学及以下',
  文盲: '小学及以下',
  半文盲: '小学及以下',
};

const SUBTOTAL = /^(合计|小计|总计|共计)/;

export function isSkippable(cells: RawCell[]): boolean {
  const texts = cells.map(cellText).filter((t) => t !== '');
  return texts.length === 0 || texts.some((t) => SUBTOTAL.test(t));
}

export function readRow(cells: RawCell[], rowNumber: number, mapping: ColumnMapping, headers: string[], orgs: OrgIndex, today: string): ReadRow {
  const problems: ImportProblem[] = [];
  const columnName = (field: ImportField) => {
    const col = mapping[field];
    const label = ROSTER_FIELDS.find((f) => f.key === field)!.label;
    return col === null || col === undefined ? label : headers[col] || label;
  };
  const add = (field: ImportField, level: ImportProblem['level'], message: string) => problems.push({ column: columnName(field), level, message });
  const raw = (field: ImportField): RawCell => {
    const col = mapping[field];
    return col === null || col === undefined ? null : (cells[col] ?? null);
  };
  const text = (field: ImportField) => cellText(raw(field)) || null;

  /** `fullDate`: the day a month-only value stands for when known (出生年月 from the 身份证号). */
  const date = (field: ImportField, fullDate: (parsed: Extract<LooseDate, { ok: true }>) => string | null = () => null): string | null => {
    const value = raw(field);
    if (value === null || cellText(value) === '') return null;
    const year = yearOnly(value);
    if (year !== null) {
      // 入党日期 must be a day; any other date is left blank and the person still comes in.
      add(
        field,
        field === 'joinedOn' ? 'error' : 'warning',
        field === 'joinedOn' ? `只有年份（${year}），入党日期须具体到日，请补全后再导入` : yearOnlyNote(year),
      );
      return null;
    }
    const parsed = parseLooseDate(typeof value === 'string' ? cellText(value) : value);
    if (!parsed.ok) {
      add(field, 'error', parsed.message);
      return null;
    }
    if (parsed.monthOnly) {
      const known = fullDate(parsed);
      if (known) return known;
      add(field, 'warning', `只有年月（${parsed.iso.slice(0, 7)}），已按当月1日记录，请核对`);
    }
    return parsed.iso;
  };

  // 身份证号: text, or a number that still holds every digit. A long number stored as a
  // number has already lost its last digits (shown as 1.10105E+17): say so, never guess.
  let idNumber = '';
  const idRaw = raw('idNumber');
  if (typeof idRaw === 'number') {
    if (Number.isSafeInteger(idRaw) && String(idRaw).length === 15) idNumber = String(idRaw);
    else
      add(
        'idNumber',
        'error',
        `身份证号被存成了数字（显示为 ${idRaw.toExponential(5).replace('e+', 'E+')}），后几位已经丢失，无法恢复。请把该列设为“文本”格式后重新填写`,
      );
  } else idNumber = text('idNumber') ?? '';
  const id = idNumber ? checkIdNumber(idNumber, today) : null;
  if (id && !id.ok) add('idNumber', 'error', id.message);
  if (!idNumber && typeof idRaw !== 'number') add('idNumber', 'error', '缺少公民身份号码');

  const name = personName(text('name') ?? '');
  if (!name) add('name', 'error', '缺少姓名');

  // A branch or 党小组 the ledger lacks is listed for the preview's one action that creates
  // them; with that action chosen (createMissingOrgs) the row reads as importable.
  const missing = orgs.missing;
  const branchName = text('branch');
  let branchId: number | null = null;
  let branchKey: number | null = null; // the branch's id, real or placeholder, for its groups
  if (!branchName) add('branch', 'error', '缺少所在党支部');
  else {
    branchKey = branchId = orgs.branches.get(branchName) ?? null;
    if (branchId === null) {
      branchKey = missing.branch(branchName);
      if (missing.create) {
        branchId = branchKey;
        add('branch', 'warning', `党支部“${branchName}”尚未建立，导入时将新建`);
      } else add('branch', 'error', `找不到党支部“${branchName}”：可在预览中新建缺少的组织后导入，或检查名称是否一致`);
    }
  }
  const groupName = text('group');
  let groupId: number | null = null;
  if (groupName && branchName && branchKey !== null) {
    groupId = orgs.groups.get(branchKey)?.get(groupName) ?? null;
    if (groupId === null) {
      const placeholder = missing.group(branchKey, branchName, groupName);
      if (missing.create) {
        groupId = placeholder;
        add('group', 'warning', `党小组“${groupName}”尚未建立，导入时将在“${branchName}”下新建`);
      } else if (branchId !== null) add('group', 'error', `党支部“${branchName}”下没有党小组“${groupName}”：可在预览中新建缺少的组织后导入`);
    }
  }

  const genderText = text('gender');
  const gender = genderText ?? (id?.ok ? id.gender : null);
  if (genderText && genderText !== '男' && genderText !== '女') add('gender', 'error', `性别应为“男”或“女”，现在是“${genderText}”`);
  // 出生年月 given as a month only (1965.03, 1965年3月) that agrees with the 身份证号: the
  // number holds the day, so nothing is left to check.
  const birthDate =
    date('birthDate', (parsed) => {
      if (!id?.ok || id.birthDate.slice(0, 4) !== parsed.iso.slice(0, 4)) return null;
      const month = id.birthDate.slice(5, 7);
      return month === parsed.iso.slice(5, 7) || (parsed.tenthMonthToo && month === '10') ? id.birthDate : null;
    }) ?? (id?.ok ? id.birthDate : null);
  const joinedOn = date('joinedOn');
  if (!joinedOn && !problems.some((p) => p.column === columnName('joinedOn'))) add('joinedOn', 'error', '缺少入党日期');
  const fullMemberOn = date('fullMemberOn');
  const transferInOn = date('transferInOn');
  if (transferInOn && joinedOn && transferInOn < joinedOn) add('transferInOn', 'error', `转入日期${transferInOn}不能早于入党日期${joinedOn}`);
  if (transferInOn && transferInOn > today) add('transferInOn', 'error', `转入日期${transferInOn}不能晚于今天`);

  const categoryText = text('category');
  let category: string | null = categoryText?.startsWith('预备')
    ? '预备党员'
    : categoryText?.startsWith('正式') || (categoryText && fullMemberOn)
      ? '正式党员'
      : null;
  if (categoryText && !category) add('category', 'error', `人员类别应为“正式党员”或“预备党员”，现在是“${categoryText}”`);
  if (!categoryText && joinedOn) {
    // Left empty: a 转正日期, or a 预备期 (one year from 入党) already over, makes a 正式党员.
    const probationOver = addYears(joinedOn, 1) <= today;
    category = fullMemberOn || probationOver ? '正式党员' : '预备党员';
    const why = fullMemberOn ? '有转正日期' : probationOver ? '入党已满一年' : '入党未满一年';
    add('category', 'warning', `人员类别为空，已按${why}记为${category}，请核对`);
  }

  const educationText = text('education');
  const education = educationText
    ? (EDUCATIONS as readonly string[]).includes(educationText)
      ? educationText
      : (EDUCATION_SYNONYMS[educationText] ?? null)
    : null;
  if (educationText && !education) add('education', 'warning', `学历“${educationText}”不在标准选项中，未导入该项`);

  // 党费交纳至 is a month (2026-11, 2026.11, 2026年11月, or a date in that month).
  let duesPaidThrough: string | null = null;
  const duesRaw = raw('duesPaidThrough');
  if (duesRaw !== null && cellText(duesRaw) !== '') {
    const parsed = parseLooseDate(typeof duesRaw === 'string' ? cellText(duesRaw) : duesRaw);
    if (parsed.ok) duesPaidThrough = parsed.iso.slice(0, 7);
    else add('duesPaidThrough', 'error', `党费交纳至应为年月，如 2026-11（${parsed.message}）`);
  }

  const classText = text('communityClass');
  // A member of a 离退休党支部 with no 社区分类 is most likely 离退休: offered in the preview, applied once accepted.
  const retired = classText === null && branchName !== null && branchName.includes('离退休');
  if (retired) orgs.retired.rows++;
  const communityClass = classText ?? (retired && orgs.retired.accepted ? '离退休' : '直管');

  const lostOn = readLost(text('lost'), date('lostOn'), today, add);
  // 工作岗位 stands in for 工作单位及职务 when the file has none; 外出流向 names no 外出日期, so it is noted, not registered.
  const workUnit = text('workUnit');
  const jobPost = text('jobPost');
  const flow = text('flowDestination');
  if (flow) add('flowDestination', 'warning', `外出流向“${flow}”已记入备注；如是流出党员，请导入后在“流动与关怀 → 流动党员”中登记外出日期`);
  const note = [text('note'), workUnit && jobPost ? `工作岗位：${jobPost}` : null, flow ? `外出流向：${flow}` : null].filter(Boolean).join('；') || null;

  const candidate: RowCandidate = {
    name,
    gender,
    ethnicity: text('ethnicity'),
    birthDate,
    idNumber: id?.ok ? id.id : idNumber,
    education,
    joinedOn,
    fullMemberOn,
    category,
    communityClass,
    branchId,
    groupId,
    partyPost: text('partyPost'),
    workUnit: workUnit ?? jobPost,
    residenceCommunity: text('address'),
    phone: text('phone'),
    note,
    duesPaidThrough,
  };
  for (const p of memberProblems(candidate, today)) {
    const field = (p.field === 'category' ? 'category' : p.field) as ImportField;
    if (!(p.field === 'idNumber' && id && !id.ok)) add(field, p.level, p.message);
  }

  const hasError = problems.some((p) => p.level === 'error');
  let input: MemberInput | null = null;
  if (!hasError) input = plainMemberFields(candidate);
  if (!hasError && input === null) {
    const parsed = memberFields.safeParse(candidate);
    if (parsed.success) input = parsed.data;
    else {
      const issue = parsed.error.issues[0];
      const field = ROSTER_FIELDS.find((f) => f.key === issue.path[0])?.key ?? (issue.path[0] === 'residenceCommunity' ? 'address' : 'note');
      add(field as ImportField, 'error', issue.message);
    }
  }
  return { rowNumber, name, idNumber: id?.ok ? id.id : idNumber, input: input && { ...input, transferInOn, lostOn }, problems };
}

const YES = /^(是|Y|YES|1|√|失联)$/i;
const NO = /^(否|N|NO|0|×|无|未失联)$/i;

/**
 * 是否失联 / 失联日期 → the day the member was lost from, or null. A date alone means 失联 too; 是
 * without a date, or a date after today, is said and left for the 失联 register's own form.
 */
function readLost(
  flag: string | null,
  lostOn: string | null,
  today: string,
  add: (field: ImportField, level: 'warning', message: string) => void,
): string | null {
  if (flag !== null && !YES.test(flag) && !NO.test(flag)) {
    add('lost', 'warning', `是否失联应为“是”或“否”，现在是“${flag}”，未登记失联`);
    return null;
  }
  if (flag !== null && NO.test(flag)) return null;
  if (lostOn === null) {
    if (flag !== null) add('lostOn', 'warning', '标为失联但没有失联日期：未登记失联，请导入后在“流动与关怀 → 失联党员”中登记');
    return null;
  }
  if (lostOn > today) {
    add('lostOn', 'warning', `失联日期${lostOn}晚于今天，未登记失联`);
    return null;
  }
  return lostOn;
}
