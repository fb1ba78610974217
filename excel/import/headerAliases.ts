// Header names other systems give the columns we know, each mapped to a name a field already
// lists. The 全国党员管理信息系统 exports its 党员基本信息 under the 采集表's words (加入党组织日期,
// 转为正式党员日期 …); other provinces' and districts' templates have their own. Tried only when no
// field names the header itself, so a target's own meaning wins (在职党员's 所在党组织 is the unit's
// party organisation; on a roster it is the member's branch).

const ALIASES: Record<string, string> = {
  // 全国党员管理信息系统, 党员基本信息
  加入党组织日期: '入党日期',
  加入党组织时间: '入党日期',
  加入中国共产党日期: '入党日期',
  转为正式党员日期: '转正日期',
  转为正式党员时间: '转正日期',
  所在党组织: '所在党支部',
  所在党组织名称: '所在党支部',
  所在党支部名称: '所在党支部',
  党支部名称: '所在党支部',
  公民身份证号: '公民身份号码',
  居民身份证号码: '公民身份号码',
  身份证件号码: '公民身份号码',
  身份证号18位: '公民身份号码',
  手机号: '联系电话',
  联系手机: '联系电话',
  移动电话: '联系电话',
  现居住地: '现居住地址',
  '现居住地址小区/楼栋/房号': '现居住地址',
  家庭住址现居住地: '现居住地址',
  // 发展党员 registers from other templates
  提交书面申请书时间: '提交入党申请书时间',
  提交书面入党申请书时间: '提交入党申请书时间',
  提交入党申请书日期: '提交入党申请书时间',
  递交入党申请书日期: '提交入党申请书时间',
  申请入党日期: '提交入党申请书时间',
  确定为入党积极分子日期: '确定为入党积极分子时间',
  确定入党积极分子日期: '确定为入党积极分子时间',
  确定为发展对象日期: '确定为发展对象时间',
  确定发展对象日期: '确定为发展对象时间',
  列入发展计划日期: '列入发展计划时间',
  接收为预备党员时间: '入党时间',
  接收为预备党员日期: '入党时间',
  // 党费基数 sheets
  月缴纳党费基数: '党费基数',
  党费计算基数: '党费基数',
};

/** The name a field lists for this (squashed) header, or null when we know no other name. */
export function aliasFor(squashedHeader: string): string | null {
  return ALIASES[squashedHeader] ?? null;
}
