// What the import drawer says for each kind of file: the pipeline is shared, the words are
// not (a roster row is a person, a 党费基数 row is one member's base from a month).
export type ImportTargetName = 'roster' | 'onjob' | 'duesBases' | 'development';

export interface TargetWords {
  title: (year: number) => string;
  /** What one imported row is counted as: 人 or 条. */
  unit: string;
  duplicateLabel: string;
  updateLabel: string;
  /** The columns the file should have, shown above the file picker; null: a template is offered instead. */
  columns: string | null;
  done: (r: ImportCounts) => string;
}

interface ImportCounts {
  created: number;
  updated: number;
  skipped: number;
  notImported: number;
}

/** 跳过 is what the user chose for rows already registered; rows with errors are said apart. */
const rest = (r: ImportCounts) =>
  `${r.skipped ? `，已登记跳过 ${r.skipped} 行` : ''}${r.notImported ? `，有错误未导入 ${r.notImported} 行` : ''}。导入前的数据已备份。`;
const people = (r: ImportCounts) => `新增 ${r.created} 人，更新 ${r.updated} 人${rest(r)}`;

export const TARGET_WORDS: Record<ImportTargetName, TargetWords> = {
  roster: {
    title: () => '导入党员花名册',
    unit: '人',
    duplicateLabel: '身份证号已登记时：',
    updateLabel: '用文件更新（文件中空白或没有的项目保留原资料）',
    columns: null,
    done: people,
  },
  onjob: { title: () => '导入单位的在职党员名单', unit: '人', duplicateLabel: '身份证号已登记时：', updateLabel: '用文件更新', columns: null, done: people },
  duesBases: {
    title: (year) => `导入${year}年党费基数`,
    unit: '条',
    duplicateLabel: '该党员该月已核定基数时：',
    updateLabel: '按文件重新核定（原基数作废留存）',
    columns:
      '文件第一行为表头，须有“姓名”“公民身份号码”和“基数”（或“月收入”，单位元）；可选“缴费类别”（在职、离退休、农民、学生、下岗失业、低保，未填按在职或沿用原类别）、“起始月份”（如 2025-01）、“免交/减交”“减交后每月金额”“原因”“批准人”。党员须已在花名册中。',
    done: (r) => `新增 ${r.created} 条基数，重新核定 ${r.updated} 条${rest(r)}`,
  },
  development: {
    title: () => '导入发展党员名册',
    unit: '人',
    duplicateLabel: '此人已在发展名册中时：',
    updateLabel: '用文件更新',
    columns:
      '文件第一行为表头，须有“姓名”“性别”“所在党支部”和“提交入党申请书时间”，可有“公民身份号码”（据此识别同一人）；' +
      '各环节日期列：确定为入党积极分子时间、积极分子培训起止、确定为发展对象时间、列入发展计划时间、领取志愿书时间、志愿书编号、入党时间、转正时间，日期须前后有序；已填入党时间的须已在党员花名册中。' +
      '“当前发展阶段”可不填（按已填日期推定），填了须与日期相符。“培养联系人”“入党介绍人”按姓名与花名册中的正式党员对应。有错误的行逐行逐列列出，不导入。',
    done: people,
  },
};
