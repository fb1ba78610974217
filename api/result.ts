// Every call answers with a value or an error shaped for people: thrown errors lose their
// shape crossing IPC or HTTP, so nothing is thrown across a transport.
export type ErrorCode =
  | 'VALIDATION' // the input is not acceptable; message names the field
  | 'NOT_FOUND'
  | 'CONFLICT' // e.g. the same 身份证号 already on the roster
  | 'RULE' // a domain rule refuses the action (closing a branch that still has members)
  | 'UNKNOWN_CALL'
  | 'DAMAGED' // the ledger file failed its check at start: only a restore is possible
  | 'LOCKED' // the app is locked: unlock with the password first
  | 'INTERNAL';

export interface CallError {
  code: ErrorCode;
  /** 简体中文, says what to do. */
  message: string;
  /** Input field the message is about, when there is one (dotted path). */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: CallError): Result<never> => ({ ok: false, error });
