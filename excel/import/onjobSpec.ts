// A unit's list of 在职党员 as an import target: same pipeline and preview as the roster.
import { personName } from '../../api/rules/text';
import { SERVICE_POSTS } from '../../api/dualReg';
import { checkIdNumber } from '../../api/rules/idNumber';
import { parseLooseDate } from '../../api/rules/looseDate';
import { onjobInput, type OnjobInput } from '../../api/schemas/dualReg';
import type { ImportProblem } from '../../api/schemas/imports';
import { findOnjobByIdNumbers, saveOnjob } from '../../db/dualReg/registry';
import type { Ledger } from '../../db/open';
import { cellText, type ColumnMapping } from './findHeader';
import type { ImportSpec } from './plan';

export const ONJOB_FIELDS = [
  { key: 'name', label: '姓名', synonyms: ['姓名'] },
  { key: 'idNumber', label: '公民身份号码', synonyms: ['公民身份号码', '身份证号', '身份证号码', '身份证'] },
  { key: 'phone', label: '联系电话', synonyms: ['联系电话', '电话', '手机', '手机号码'] },
  { key: 'workUnit', label: '工作单位及职务', synonyms: ['工作单位及职务', '工作单位', '单位及职务', '职务'] },
  { key: 'unitPartyOrg', label: '单位党组织', synonyms: ['单位党组织', '所在党组织', '党组织'] },
  { key: 'residence', label: '居住小区/楼栋', synonyms: ['居住小区/楼栋', '居住小区', '居住地址', '家庭住址', '住址'] },
  { key: 'skills', label: '专业特长', synonyms: ['专业特长', '特长'] },
  { key: 'posts', label: '认领岗位', synonyms: ['认领岗位', '服务岗位', '岗位'] },
  { key: 'registeredOn', label: '报到日期', synonyms: ['报到日期', '报到时间'] },
] as const;

export function onjobSpec(ledger: Ledger, unitId: number | null, today: string): ImportSpec<OnjobInput> {
  return {
    fields: ONJOB_FIELDS,
    mappingKey: 'import.onjobMapping',
    registry: '在职党员名单',
    readRow(cells, rowNumber, mapping: ColumnMapping, headers) {
      const problems: ImportProblem[] = [];
      const column = (key: string) => {
        const col = mapping[key];
        return (col !== null && col !== undefined && headers[col]) || ONJOB_FIELDS.find((f) => f.key === key)!.label;
      };
      const text = (key: string) => {
        const col = mapping[key];
        return col === null || col === undefined ? '' : cellText(cells[col]);
      };
      const idCol = mapping.idNumber;
      const rawId = idCol === null || idCol === undefined ? null : cells[idCol];
      let idNumber = text('idNumber');
      if (typeof rawId === 'number' && String(rawId).length !== 15) {
        problems.push({
          column: column('idNumber'),
          level: 'error',
          message: `身份证号被存成了数字（显示为 ${rawId.toExponential(5).replace('e+', 'E+')}），后几位已经丢失，无法恢复。请把该列设为“文本”格式后重新填写`,
        });
        idNumber = '';
      }
      const id = checkIdNumber(idNumber);
      if (idNumber && !id.ok) problems.push({ column: column('idNumber'), level: 'error', message: id.message });
      if (!idNumber && !problems.length) problems.push({ column: column('idNumber'), level: 'error', message: '缺少公民身份号码' });
      const name = text('name') && personName(text('name')!);
      if (!name) problems.push({ column: column('name'), level: 'error', message: '缺少姓名' });
      let registeredOn = today;
      const dateCol = mapping.registeredOn;
      const rawDate = dateCol === null || dateCol === undefined ? null : cells[dateCol];
      if (rawDate !== null && rawDate !== undefined && cellText(rawDate) !== '') {
        const d = parseLooseDate(typeof rawDate === 'string' ? cellText(rawDate) : rawDate);
        if (!d.ok) problems.push({ column: column('registeredOn'), level: 'error', message: d.message });
        else registeredOn = d.iso;
      } else problems.push({ column: column('registeredOn'), level: 'warning', message: `未填报到日期，按今天（${today}）记录` });
      const posts = text('posts')
        .split(/[、,，;；\s]+/)
        .filter(Boolean);
      const unknown = posts.filter((p) => !(SERVICE_POSTS as readonly string[]).includes(p));
      if (unknown.length) problems.push({ column: column('posts'), level: 'warning', message: `认领岗位“${unknown.join('、')}”不在标准岗位中，已记为“其他”` });
      const candidate = {
        name,
        idNumber: id.ok ? id.id : idNumber,
        phone: text('phone') || null,
        workUnit: text('workUnit') || null,
        unitId,
        unitPartyOrg: text('unitPartyOrg') || null,
        residence: text('residence') || null,
        skills: text('skills') || null,
        posts: [...new Set(posts.map((p) => ((SERVICE_POSTS as readonly string[]).includes(p) ? p : '其他')))],
        registeredOn,
      };
      let input: OnjobInput | null = null;
      if (!problems.some((p) => p.level === 'error')) {
        const parsed = onjobInput.safeParse(candidate);
        if (parsed.success) input = parsed.data;
        else problems.push({ column: column(String(parsed.error.issues[0].path[0] ?? 'name')), level: 'error', message: parsed.error.issues[0].message });
      }
      return { rowNumber, name, idNumber: id.ok ? id.id : idNumber, input, problems };
    },
    findExisting(idNumbers) {
      return new Map(
        findOnjobByIdNumbers(ledger, idNumbers).map((o) => [
          o.idNumber,
          { id: o.id, name: o.name, blocked: o.revokedOn ? `“${o.name}”已于${o.revokedOn}撤销报到，不能用导入更新` : undefined },
        ]),
      );
    },
    create: (input) => void saveOnjob(ledger, input),
    update: (id, input) => void saveOnjob(ledger, { ...input, id }),
  };
}
