// What a form says under a field it will not send, and what the contract answers when a call
// comes without it: stated once here, without zod, so api/schemas/** builds its messages from
// these and the renderer's forms (whose CSP keeps zod out) show the same words before sending.

/** A field to type in: '请填写出生日期'. */
export const fillIn = (label: string): string => `请填写${label}`;
/** A record or a day to pick: '请选择组织'. */
export const choose = (label: string): string => `请选择${label}`;
/** A word from a closed list that came in as something else. */
export const chooseFromList = (label: string): string => `请从列表中选择${label}`;

/** 公民身份号码, on the roster and on a 在职党员's 报到. */
export const ID_NUMBER_NEEDED = fillIn('公民身份号码');

/** The member changes whose 原因/说明 is required (a change that ends or suspends 党籍 must say why). */
export const REASON_NEEDED_CHANGES: readonly string[] = ['出党', '停止党籍', '保留党籍', '恢复', '延长预备期', '取消预备党员资格'];
export const REASON_NEEDED = fillIn('原因');

/** 三会一课: a record, an exemption and an expected-meeting question each name their types. */
export const MEETING_TYPE_NEEDED = choose('会议类型');
export const MEETING_TYPES_NEEDED = '请至少选择一种会议类型';
export const LECTURE_TITLE_NEEDED = '党课请填写党课题目';

/** 解锁, 设置密码 and 用恢复码重设密码 (api/contract.ts's lock.* calls). */
export const PASSWORD_NEEDED = '请输入密码';
export const NEW_PASSWORD_NEEDED = '请输入新密码';
export const RECOVERY_CODE_NEEDED = '请输入恢复码';
