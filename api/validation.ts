// Turns a zod failure into the one Chinese message the user sees, naming the field.
import type { z } from 'zod';
import type { CallError } from './result';

export function validationError(error: z.ZodError): CallError {
  const issue = error.issues[0];
  const field = issue.path.map(String).join('.') || undefined;
  const message = issue.code === 'unrecognized_keys' ? '提交的数据包含无法识别的字段' : issue.message;
  return { code: 'VALIDATION', message, field };
}
