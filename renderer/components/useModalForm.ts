import { useLayoutEffect } from 'react';
import { App, Form } from 'antd';
import type { Result } from '../../api/result';
import { useSubmit, type SubmitOptions } from './useSubmit';

/**
 * The form of a modal that opens on a record or on a new one: `target` undefined keeps it
 * closed, and each opening resets the form to `initial(target)`. Saving goes through
 * useSubmit (refusals under their field); a success says `saved(value)` and closes.
 * `modalProps` carries what every such Modal repeats.
 */
export function useModalForm<V, T, R>(
  target: R | undefined,
  initial: (target: R) => Partial<V> | undefined,
  send: (values: V) => Promise<Result<T>>,
  saved: (value: T) => string,
  onClose: () => void,
  options: SubmitOptions = {},
) {
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const open = target !== undefined;
  // A layout effect: the defaults are in place before the browser handles any input, so a
  // choice made the moment the modal shows is never reset under it (a plain effect runs after
  // paint, and a fast or loaded click could land first).
  useLayoutEffect(() => {
    if (target === undefined) return;
    form.resetFields();
    const values = initial(target);
    if (values) form.setFieldsValue(values as Parameters<typeof form.setFieldsValue>[0]);
    // `initial` is read at opening only: a new function each render must not reset the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, target, form]);
  const { submit, busy } = useSubmit(
    form,
    send,
    (value) => {
      message.success(saved(value));
      onClose();
    },
    options,
  );
  return { form, submit, busy, modalProps: { open, onOk: submit, confirmLoading: busy, onCancel: onClose, destroyOnHidden: true, okText: '保存' } };
}
