// 党员花名册导入模板.xlsx: the expected headers, one example row, drop-downs for the
// closed vocabularies, and a 填写说明 sheet.
import ExcelJS from 'exceljs';
import { COMMUNITY_CLASSES, EDUCATIONS, GENDERS, MEMBER_CATEGORIES } from '../../api/enums';
import { IMPORT_FIELDS } from './rosterColumns';

const EXAMPLE: Record<string, string> = {
  name: '张秀兰',
  gender: '女',
  ethnicity: '汉族',
  birthDate: '1975-03-12',
  idNumber: '11010519491231002X',
  education: '大学本科',
  joinedOn: '2001-07-01',
  fullMemberOn: '2002-07-01',
  category: '正式党员',
  communityClass: '直管',
  branch: '第一网格党支部',
  group: '1号楼党小组',
  partyPost: '',
  workUnit: '幸福里社区居委会 主任',
  address: '幸福里小区1号楼302',
  phone: '13800138000',
  note: '示例行，导入前请删除',
};

const LISTS: Record<string, readonly string[]> = { gender: GENDERS, education: EDUCATIONS, category: MEMBER_CATEGORIES, communityClass: COMMUNITY_CLASSES };

export function rosterTemplate(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员花名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_FIELDS.map((f) => ({
    header: f.label,
    key: f.key,
    width: f.key === 'idNumber' ? 22 : f.key === 'workUnit' || f.key === 'address' ? 24 : 12,
  }));
  sheet.getRow(1).font = { name: '宋体', bold: true };
  IMPORT_FIELDS.forEach((f, i) => {
    const column = sheet.getColumn(i + 1);
    // Text format for IDs and phones before anything is typed: Excel would turn 18 digits into 1.1E+17.
    if (f.key === 'idNumber' || f.key === 'phone') column.numFmt = '@';
    const list = LISTS[f.key];
    if (list) {
      for (let r = 2; r <= 2000; r++) {
        sheet.getCell(r, i + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${list.join(',')}"`],
          showErrorMessage: true,
          errorTitle: '请从列表中选择',
          error: `${f.label}只能填写：${list.join('、')}`,
        };
      }
    }
  });
  sheet.addRow(IMPORT_FIELDS.map((f) => EXAMPLE[f.key] ?? ''));

  const help = workbook.addWorksheet('填写说明');
  help.getColumn(1).width = 100;
  [
    '党员花名册导入模板 填写说明',
    '1. 每行一名党员；第一行是表头，请不要修改列名（也可使用“身份证号”“入党时间”等常见写法，导入时会自动识别）。',
    '2. 必填：姓名、公民身份号码、入党日期、所在党支部。性别和出生日期不填时按身份证号自动取得。',
    '3. 公民身份号码请按文本填写（本模板已设为文本格式）。如果在其他表格中显示为 1.10105E+17，说明后几位已丢失，必须重新录入。',
    '4. 日期可写作 2021-07-01、2021.7.1、2021/7/1 或 2021年7月1日；只有年月时按当月1日记录并提示核对。',
    '5. 所在党支部、所在党小组的名称须与“党组织”中已建立的名称一致。',
    '6. 人员类别填“正式党员”或“预备党员”；社区分类填“直管、离退休、流动、其他”之一，不填按“直管”。',
    '7. 转入日期（选填）：组织关系从外单位转入本社区的日期。填写后，该党员自转入之日起计入本社区名册和各项统计，并在其变动历史中记录“转入”；不填则自入党日期起计。',
    '8. 导入前会显示预览，逐行列出问题；有错误的行不会导入，可导出“需修改的行”改好后再次导入。',
    '9. 示例行（张秀兰）导入前请删除。',
  ].forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { name: '宋体', size: i === 0 ? 14 : 11, bold: i === 0 };
    cell.alignment = { wrapText: true };
  });
  return workbook;
}
