import type { CallError, ErrorCode } from '../api/result';

/** A refusal the user can act on: carries the Chinese message to the UI unchanged. */
export class LedgerError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL' | 'UNKNOWN_CALL' | 'DAMAGED' | 'LOCKED'>,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'LedgerError';
  }

  toCallError(): CallError {
    return { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) };
  }
}

export const notFound = (what: string) => new LedgerError('NOT_FOUND', `找不到该${what}，可能已被修改，请刷新后重试`);
export const refuse = (message: string, field?: string) => new LedgerError('RULE', message, field);
