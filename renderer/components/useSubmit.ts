// The one way a form is sent: check the fields, call, put a refusal under the field it
// names (or in the message bar), and hand the answer on (close, say what was done).
import { useState } from 'react';
import { App, type FormInstance } from 'antd';
import type { CallError, Result } from '../../api/result';

export const INVALID_FORM = '表单中有需要修改的项目，请查看红色提示';

export interface SubmitOptions {
  /** Validate only these fields (a button that uses part of a form). */
  fields?: string[];
  /** Said in the message bar when the form's own checks fail: long forms, where the red text may be out of sight. */
  invalidMessage?: string;
  /** A refusal that names no field of this form goes under this one instead of the message bar. */
  fallbackField?: string;
}

/** Puts a refused call's message under the field it names; false when the form has no such field. */
function showFieldError(form: FormInstance, error: CallError, fallbackField?: string): boolean {
  const field = error.field ?? fallbackField;
  if (!field) return false;
  const name = field.split('.');
  try {
    if (form.getFieldInstance(name) === undefined)
      return fallbackField !== undefined && field !== fallbackField && showFieldError(form, { ...error, field: undefined }, fallbackField);
    form.setFields([{ name, errors: [error.message] }]);
    form.scrollToField(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * `send` turns the checked values into the call (typed by the contract through the form's
 * values type); `done` gets the answer when the call succeeds. `busy` covers all of it.
 */
export function useSubmit<V, T>(
  form: FormInstance<V>,
  send: (values: V) => Promise<Result<T>>,
  done: (value: T, values: V) => void | Promise<void>,
  options: SubmitOptions = {},
): { submit: () => Promise<void>; busy: boolean } {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function submit() {
    let values: V;
    try {
      values = await form.validateFields(options.fields);
    } catch {
      if (options.invalidMessage) message.error(options.invalidMessage);
      return;
    }
    setBusy(true);
    try {
      const result = await send(values);
      if (!result.ok) {
        if (!showFieldError(form as FormInstance, result.error, options.fallbackField)) message.error(result.error.message);
        return;
      }
      await done(result.value, values);
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return { submit, busy };
}
