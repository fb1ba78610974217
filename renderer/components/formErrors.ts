import type { FormInstance } from 'antd';
import type { CallError } from '../../api/result';

/** Puts a refused call's message under the field it names, or returns false to show it elsewhere. */
export function showFieldError(form: FormInstance, error: CallError): boolean {
  if (!error.field) return false;
  const name = error.field.split('.');
  try {
    form.setFields([{ name, errors: [error.message] }]);
    form.scrollToField(name);
    return form.getFieldInstance(name) !== undefined;
  } catch {
    return false;
  }
}
