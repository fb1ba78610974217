// The roster's import columns, each with the header names people actually use.
export const IMPORT_FIELDS = [
  { key: 'name', label: '姓名', synonyms: ['姓名', '党员姓名'] },
  { key: 'gender', label: '性别', synonyms: ['性别'] },
  { key: 'ethnicity', label: '民族', synonyms: ['民族'] },
  { key: 'birthDate', label: '出生日期', synonyms: ['出生日期', '出生年月', '出生时间', '出生年月日'] },
  { key: 'idNumber', label: '公民身份号码', synonyms: ['公民身份号码', '身份证号', '身份证号码', '身份证', '公民身份证号码', '证件号码'] },
  { key: 'education', label: '学历', synonyms: ['学历', '文化程度', '最高学历'] },
  { key: 'joinedOn', label: '入党日期', synonyms: ['入党日期', '入党时间', '入党年月'] },
  { key: 'fullMemberOn', label: '转正日期', synonyms: ['转正日期', '转正时间', '转正年月'] },
  { key: 'category', label: '人员类别', synonyms: ['人员类别', '党员类别', '党员类型', '类别'] },
  { key: 'communityClass', label: '社区分类', synonyms: ['社区分类', '管理类别', '分类'] },
  // Optional: the month up to which 党费 was paid before the ledger (期初, shared/DOMAIN.md "A ledger's start").
  { key: 'duesPaidThrough', label: '党费交纳至', synonyms: ['党费交纳至', '党费缴纳至', '党费交至', '党费缴至', '党费交到', '党费已交至', '党费交纳情况'] },
  { key: 'branch', label: '所在党支部', synonyms: ['所在党支部', '党支部', '所在支部', '支部', '所属支部', '所属党支部'] },
  { key: 'group', label: '所在党小组', synonyms: ['所在党小组', '党小组', '所属党小组'] },
  { key: 'partyPost', label: '党内职务', synonyms: ['党内职务'] },
  { key: 'workUnit', label: '工作单位及职务', synonyms: ['工作单位及职务', '工作单位', '单位及职务', '工作单位及职务（职称）'] },
  { key: 'address', label: '现居住地址', synonyms: ['现居住地址', '居住地址', '家庭住址', '住址', '现住址'] },
  { key: 'phone', label: '联系电话', synonyms: ['联系电话', '电话', '手机', '手机号码', '联系方式'] },
  { key: 'note', label: '备注', synonyms: ['备注'] },
  // Optional: the day the 组织关系 came to this community. The member's dated facts (支部, 类别 …)
  // open that day, not on 入党日期, and a 转入 is recorded in their history.
  { key: 'transferInOn', label: '转入日期', synonyms: ['转入日期', '转入时间', '组织关系转入日期', '组织关系转入时间', '转入本社区时间'] },
] as const;

/**
 * Columns of the 全国党员管理信息系统's 党员基本信息 with no column of the template (template.ts lists
 * IMPORT_FIELDS only): 是否失联 and 失联日期 make a record of the 失联 register, 工作岗位 fills
 * 工作单位及职务 when the file has none (else it goes to 备注), and 外出流向 goes to 备注 (it names
 * no 外出日期, so no 流出 record is dated from it).
 */
export const NATIONAL_FIELDS = [
  { key: 'lost', label: '是否失联', synonyms: ['是否失联', '失联情况', '是否为失联党员'] },
  { key: 'lostOn', label: '失联日期', synonyms: ['失联日期', '失联时间', '失去联系日期'] },
  { key: 'flowDestination', label: '外出流向', synonyms: ['外出流向', '流动去向', '外出去向'] },
  { key: 'jobPost', label: '工作岗位', synonyms: ['工作岗位', '岗位'] },
] as const;

/** Every column the roster import reads. */
export const ROSTER_FIELDS = [...IMPORT_FIELDS, ...NATIONAL_FIELDS] as const;

export type ImportField = (typeof ROSTER_FIELDS)[number]['key'];
