// What the record-step form says under each step: the time rule the server checks, in the
// words of the 《中国共产党发展党员工作细则》 (2014). The rules themselves are api/rules/development.ts.
export const STEP_HINTS: Record<string, string> = {
  apply: '申请人须年满18周岁（按出生日期或身份证号核对）。',
  talk: '党组织应在收到入党申请书后一个月内派人谈话；超过一个月的照常记录，并留存提示。',
  activist: '在入党申请人中推荐，经支部委员会研究确定。',
  mentors: '指定一至两名正式党员作为培养联系人。',
  inspect: '每半年进行一次考察。',
  candidate: '确定为入党积极分子满一年后方可列为发展对象。',
  sponsors: '须有两名正式党员作入党介绍人。',
  training: '集中培训时间一般不少于3天或不少于24个学时。',
  publicity: '公示期不少于规定的工作日数（系统设置中的本地默认值为5个工作日）。',
  volunteerForm: '填写入党志愿书前须已确定两名入党介绍人；请填写志愿书编号。',
  branchMeeting: '有表决权的到会人数须超过应到会有表决权人数的半数；赞成人数须超过应到会有表决权正式党员的半数，方可接收为预备党员。',
  approve:
    '审批前上级党委须派人谈话；应在支部大会后3个月内审批，特殊情况可延长至6个月（须填写延长原因），超过6个月须重新召开支部大会；审批后此人以支部大会日期为入党日期列入党员名册（预备党员）。',
  probationInspect: '预备期内每半年考察一次。',
  regularMeeting: '预备期满后（不能提前）由支部大会讨论转正；表决规则与接收预备党员相同：到会有表决权人数、赞成人数均须过半数。',
  regularApprove: '上级党委应在支部大会讨论转正后3个月内审批；审批后党员名册自动办理转正（在党员名册中办理的转正也会记入本档案）。',
};
