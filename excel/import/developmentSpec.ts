// 发展党员 registers as an import target (shared/DOMAIN.md "发展党员": 提交入党申请书时间,
// 确定为入党积极分子时间, 积极分子培训起止, …). A row becomes a person with one record per date it
// gives; the stage follows from the dates when 当前发展阶段 is missing, and must agree with them
// when given. A bad cell is named by row and column; the commit writes every good row or none.
import { personName } from '../../api/rules/text';
import { PERSON_STAGES, type PersonStage } from '../../api/development';
import { EDUCATIONS, GENDERS, isBranchKind } from '../../api/enums';
import { candidateEarliest, stageOf } from '../../api/rules/development';
import { checkIdNumber, idNumberKey } from '../../api/rules/idNumber';
import { parseLooseDate, yearOnly, yearOnlyNote } from '../../api/rules/looseDate';
import type { ImportProblem } from '../../api/schemas/imports';
import {
  devPeopleByIdNumbers,
  fullMembersByName,
  insertImportedPerson,
  openOrgsForImport,
  updateImportedPerson,
  type ImportedPerson,
  type ImportedStep,
} from '../../db/development/importPeople';
import { findMembersByIdNumbers } from '../../db/members/read';
import type { Ledger } from '../../db/open';
import type { RawCell } from './book';
import { cellText, type ColumnMapping } from './findHeader';
import { labelOf, rowCells } from './rowCells';
import type { Existing, ImportSpec, ReadResult } from './plan';

export const DEVELOPMENT_FIELDS = [
  { key: 'name', label: '姓名', synonyms: ['姓名'] },
  { key: 'gender', label: '性别', synonyms: ['性别'] },
  { key: 'ethnicity', label: '民族', synonyms: ['民族'] },
  { key: 'birthDate', label: '出生年月', synonyms: ['出生年月', '出生日期', '出生年月日'] },
  { key: 'idNumber', label: '公民身份号码', synonyms: ['公民身份号码', '身份证号', '身份证号码', '身份证'] },
  { key: 'education', label: '学历', synonyms: ['学历', '文化程度'] },
  { key: 'workUnit', label: '工作单位', synonyms: ['工作单位', '工作单位及职务', '单位'] },
  { key: 'phone', label: '联系电话', synonyms: ['联系电话', '电话', '手机', '手机号'] },
  { key: 'branch', label: '所在党支部', synonyms: ['所在党支部', '党支部', '所在支部', '支部'] },
  { key: 'apply', label: '提交入党申请书时间', synonyms: ['提交入党申请书时间', '递交入党申请书时间', '申请入党时间', '入党申请时间', '申请日期'] },
  { key: 'activist', label: '确定为入党积极分子时间', synonyms: ['确定为入党积极分子时间', '确定入党积极分子时间', '积极分子时间', '积极分子日期'] },
  { key: 'training', label: '积极分子培训起止', synonyms: ['积极分子培训起止', '培训起止时间', '培训起止', '集中培训时间'] },
  { key: 'candidate', label: '确定为发展对象时间', synonyms: ['确定为发展对象时间', '确定发展对象时间', '发展对象时间', '发展对象日期'] },
  { key: 'planned', label: '列入发展计划时间', synonyms: ['列入发展计划时间', '列入计划时间'] },
  { key: 'volunteerForm', label: '领取志愿书时间', synonyms: ['领取志愿书时间', '领取入党志愿书时间', '填写志愿书时间'] },
  { key: 'docNo', label: '志愿书编号', synonyms: ['志愿书编号', '入党志愿书编号'] },
  { key: 'joined', label: '入党时间', synonyms: ['入党时间', '入党日期', '支部大会日期', '接收预备党员时间'] },
  { key: 'regular', label: '转正时间', synonyms: ['转正时间', '转正日期'] },
  { key: 'stage', label: '当前发展阶段', synonyms: ['当前发展阶段', '发展阶段', '当前阶段', '阶段'] },
  { key: 'mentors', label: '培养联系人', synonyms: ['培养联系人', '培养人'] },
  { key: 'sponsors', label: '入党介绍人', synonyms: ['入党介绍人', '介绍人'] },
] as const;

export const DEVELOPMENT_MAPPING = 'import.developmentMapping';

/** What people write in 当前发展阶段. */
const STAGE_WORDS: Record<string, PersonStage> = {
  入党申请人: '入党申请人',
  申请人: '入党申请人',
  入党积极分子: '入党积极分子',
  积极分子: '入党积极分子',
  发展对象: '发展对象',
  预备党员: '预备党员',
  正式党员: '已转正',
  已转正: '已转正',
};

interface DevRow {
  person: ImportedPerson;
  branchName: string | null;
  mentorNames: string[];
  sponsorNames: string[];
  /** Set for an admitted row: the roster must hold the person. */
  joined: string | null;
}

const splitNames = (text: string) => text.split(/[、，,；;\s/]+/).filter((s) => s !== '');

export function developmentSpec(ledger: Ledger, today: string): ImportSpec<DevRow> {
  let columnOf: (key: string) => string = (key) => labelOf(DEVELOPMENT_FIELDS, key);
  const branches = openOrgsForImport(ledger);
  const openBranches = branches.filter((b) => isBranchKind(b.kind));
  const memberByName = fullMembersByName(ledger);
  return {
    fields: DEVELOPMENT_FIELDS,
    mappingKey: DEVELOPMENT_MAPPING,
    registry: '发展党员名册',
    readRow(cells, rowNumber, mapping: ColumnMapping, headers) {
      const problems: ImportProblem[] = [];
      const row = rowCells(DEVELOPMENT_FIELDS, cells, mapping, headers, problems);
      const { cellOf, text, add } = row;
      columnOf = row.columnOf;
      const dateOf = (key: string, raw: RawCell | string | undefined = cellOf(key)): string | null => {
        if (raw === null || raw === undefined || cellText(raw as RawCell) === '') return null;
        const year = yearOnly(raw);
        if (year !== null) {
          add(key, 'warning', yearOnlyNote(year));
          return null;
        }
        const parsed = parseLooseDate(typeof raw === 'string' ? cellText(raw) : raw);
        if (!parsed.ok) {
          add(key, 'error', parsed.message);
          return null;
        }
        if (parsed.monthOnly && key !== 'birthDate') add(key, 'warning', `只有年月（${parsed.iso.slice(0, 7)}），已按当月1日记录，请核对`);
        if (parsed.iso > today) {
          add(key, 'error', `${parsed.iso}晚于今天`);
          return null;
        }
        return parsed.iso;
      };

      const name = text('name') && personName(text('name')!);
      if (!name) add('name', 'error', '缺少姓名');
      let idNumber = text('idNumber');
      let birthDate = dateOf('birthDate');
      let gender = text('gender');
      if (typeof cellOf('idNumber') === 'number' && idNumber.length !== 15) {
        add('idNumber', 'error', '身份证号被存成了数字，后几位已经丢失，无法恢复。请把该列设为“文本”格式后重新填写');
        idNumber = '';
      } else if (idNumber) {
        const check = checkIdNumber(idNumber, today);
        if (!check.ok) add('idNumber', 'error', check.message);
        else {
          idNumber = check.id;
          if (birthDate && birthDate.slice(0, 7) !== check.birthDate.slice(0, 7)) add('birthDate', 'error', `出生年月与身份证号中的${check.birthDate}不一致`);
          birthDate = check.birthDate;
          gender ||= check.gender;
        }
      }
      if (!(GENDERS as readonly string[]).includes(gender)) add('gender', 'error', gender ? `性别“${gender}”应为男或女` : '缺少性别');
      const education = text('education') || null;
      if (education && !(EDUCATIONS as readonly string[]).includes(education)) add('education', 'warning', `学历“${education}”不在列表中，未导入`);

      const dates: Record<string, string | null> = {};
      for (const key of ['apply', 'activist', 'candidate', 'planned', 'volunteerForm', 'joined', 'regular']) dates[key] = dateOf(key);
      let trainingFrom: string | null = null;
      let trainingTo: string | null = null;
      const training = text('training');
      if (training) {
        const parts = training.split(/\s*(?:至|到|~|～|—|--|－)\s*|(?<=\d)\s*-\s*(?=\d{4})/);
        if (parts.length !== 2) add('training', 'error', `“${training}”应写作“开始日期至结束日期”，如 2025.3.1至2025.3.3`);
        else {
          trainingFrom = dateOf('training', parts[0]);
          trainingTo = dateOf('training', parts[1]);
          if (trainingFrom && trainingTo && trainingTo < trainingFrom) add('training', 'error', '培训结束日期早于开始日期');
        }
      }
      if (!dates.apply) add('apply', 'error', '缺少提交入党申请书时间');
      // Each date follows the one before it.
      const order: [string, string | null][] = [
        ['apply', dates.apply],
        ['activist', dates.activist],
        ['candidate', dates.candidate],
        ['volunteerForm', dates.volunteerForm],
        ['joined', dates.joined],
        ['regular', dates.regular],
      ];
      let last: [string, string] | null = null;
      for (const [key, on] of order) {
        if (!on) continue;
        if (last && on < last[1]) add(key, 'error', `${on}早于${columnOf(last[0])}${last[1]}`);
        else last = [key, on];
      }
      const missingBefore = (key: string, needs: string[]) => {
        if (!dates[key]) return;
        for (const need of needs) if (!dates[need]) add(need, 'error', `已填${columnOf(key)}，缺少${columnOf(need)}`);
      };
      missingBefore('candidate', ['activist']);
      missingBefore('joined', ['candidate']);
      missingBefore('regular', ['joined']);
      let candidateWarning: string | null = null;
      if (dates.activist && dates.candidate && dates.candidate < candidateEarliest(dates.activist)) {
        candidateWarning = `确定为发展对象时确定为入党积极分子未满一年（最早${candidateEarliest(dates.activist)}）`;
        add('candidate', 'warning', candidateWarning);
      }

      const firstOn: Record<string, string> = {};
      if (dates.apply) firstOn.apply = dates.apply;
      if (dates.activist) firstOn.activist = dates.activist;
      if (dates.candidate) firstOn.candidate = dates.candidate;
      if (dates.joined) firstOn.approve = dates.joined;
      if (dates.regular) firstOn.regularApprove = dates.regular;
      const derived = stageOf(firstOn);
      const stageText = text('stage');
      if (stageText) {
        const said = STAGE_WORDS[stageText.replace(/\s/g, '')];
        if (!said) add('stage', 'error', `当前发展阶段“${stageText}”应为${PERSON_STAGES.join('、')}之一`);
        else if (said !== derived) add('stage', 'error', `当前发展阶段为${said}，但按所填日期应为${derived}，请核对日期`);
      }

      const imported = '导入：原表未载该日期';
      const steps: ImportedStep[] = [];
      const step = (code: string, doneOn: string | null, extra: Partial<ImportedStep> = {}) => {
        if (doneOn) steps.push({ code, doneOn, endOn: null, docNo: null, warning: null, note: null, memberIds: [], role: null, ...extra });
      };
      step('apply', dates.apply);
      step('activist', dates.activist);
      step('training', trainingFrom, { endOn: trainingTo });
      step('candidate', dates.candidate, { warning: candidateWarning });
      step('volunteerForm', dates.volunteerForm, { docNo: text('docNo') || null });
      if (!dates.volunteerForm && text('docNo')) add('docNo', 'warning', '未填领取志愿书时间，志愿书编号未导入');
      // 入党时间 is the 支部大会's day; the file does not say when the 上级党委 approved.
      step('branchMeeting', dates.joined);
      step('approve', dates.joined, { note: `${imported}（上级党委审批），按入党时间记录` });
      step('regularApprove', dates.regular, { note: `${imported}（转正审批），按转正时间记录` });

      const noteParts = [dates.planned ? `列入发展计划时间：${dates.planned}` : null].filter((x): x is string => x !== null);
      let input: DevRow | null = null;
      if (!problems.some((p) => p.level === 'error')) {
        input = {
          branchName: text('branch') || null,
          mentorNames: splitNames(text('mentors')),
          sponsorNames: splitNames(text('sponsors')),
          joined: dates.joined,
          person: {
            name,
            gender,
            ethnicity: text('ethnicity') || null,
            birthDate,
            idNumber: idNumber || null,
            education: education && (EDUCATIONS as readonly string[]).includes(education) ? education : null,
            workUnit: text('workUnit') || null,
            phone: text('phone') || null,
            orgId: 0,
            note: noteParts.join('；') || null,
            memberId: null,
            steps,
          },
        };
      }
      return { rowNumber, name, idNumber, input, problems };
    },

    checkRows(reads: ReadResult<DevRow>[]) {
      const ids = reads.map((r) => r.idNumber).filter((id) => id !== '');
      const members = new Map(findMembersByIdNumbers(ledger, ids).map((m) => [idNumberKey(m.idNumber), m]));
      for (const read of reads) {
        const row = read.input;
        if (!row) continue;
        const fail = (key: string, message: string) => {
          read.problems.push({ column: columnOf(key), level: 'error', message });
          read.input = null;
        };
        const warn = (key: string, message: string) => read.problems.push({ column: columnOf(key), level: 'warning', message });
        const branch = row.branchName ? openBranches.find((b) => b.name === row.branchName) : openBranches.length === 1 ? openBranches[0] : undefined;
        if (!branch) {
          if (row.branchName) {
            const other = branches.find((b) => b.name === row.branchName);
            fail('branch', other ? `“${row.branchName}”是${other.kind}，请填写党支部` : `找不到党支部“${row.branchName}”，请先在组织管理中建立或核对名称`);
          } else fail('branch', '缺少所在党支部');
          continue;
        }
        row.person.orgId = branch.id;
        const member = read.idNumber ? members.get(idNumberKey(read.idNumber)) : undefined;
        if (row.joined) {
          if (!member) {
            fail('joined', '已入党的人员须先在党员花名册中（按身份证号对应），请先导入花名册');
            continue;
          }
          row.person.memberId = member.id;
        } else if (member) {
          fail('idNumber', `该身份证号已是党员“${member.name}”，但未填入党时间`);
          continue;
        }
        const pick = (key: 'mentors' | 'sponsors', names: string[], role: '培养联系人' | '入党介绍人', code: string) => {
          const ids: number[] = [];
          const unknown: string[] = [];
          for (const n of names) {
            const found = memberByName.get(n) ?? [];
            if (found.length === 1) ids.push(found[0]);
            else unknown.push(n);
          }
          if (unknown.length) warn(key, `${unknown.join('、')}不是花名册中唯一的在册正式党员，已记入备注`);
          const on =
            code === 'mentors' ? row.person.steps.find((s) => s.code === 'activist')?.doneOn : row.person.steps.find((s) => s.code === 'candidate')?.doneOn;
          if (!on) {
            if (names.length) warn(key, `未填${code === 'mentors' ? '确定为入党积极分子时间' : '确定为发展对象时间'}，${role}未导入`);
            return;
          }
          row.person.steps.push({
            code,
            doneOn: on,
            endOn: null,
            docNo: null,
            warning: null,
            note: unknown.length ? `${role}：${names.join('、')}` : null,
            memberIds: ids,
            role,
          });
        };
        pick('mentors', row.mentorNames, '培养联系人', 'mentors');
        pick('sponsors', row.sponsorNames, '入党介绍人', 'sponsors');
      }
    },

    findExisting: (idNumbers) => devPeopleByIdNumbers(ledger, idNumbers) as Map<string, Existing>,
    create: (row) => void insertImportedPerson(ledger, row.person),
    update: (id, row) => updateImportedPerson(ledger, id, row.person),
  };
}
