import { DatePicker, Form, Input } from 'antd';
import { choose, fillIn } from '../../api/vocab/messages';
import { dateItemProps } from './dateField';

// The text and date fields a register's form repeats: the label names the field for the
// screen reader (aria-label) and in the required message, as every form here does.

interface ItemProps {
  label: string;
  name: string;
  required?: boolean;
  /** The required message when 请填写/请选择 + label does not read well. */
  message?: string;
  extra?: string;
  placeholder?: string;
}

export function DateItem({ label, name, required, message, extra, fullWidth = true }: ItemProps & { fullWidth?: boolean }) {
  return (
    <Form.Item
      label={label}
      name={name}
      rules={required ? [{ required: true, message: message ?? choose(label) }] : undefined}
      extra={extra}
      {...dateItemProps}
    >
      <DatePicker aria-label={label} style={fullWidth ? { width: '100%' } : undefined} />
    </Form.Item>
  );
}

export function TextItem({ label, name, required, message, extra, placeholder, rows }: ItemProps & { rows?: number }) {
  return (
    <Form.Item label={label} name={name} rules={required ? [{ required: true, whitespace: true, message: message ?? fillIn(label) }] : undefined} extra={extra}>
      {rows ? <Input.TextArea aria-label={label} rows={rows} placeholder={placeholder} /> : <Input aria-label={label} placeholder={placeholder} />}
    </Form.Item>
  );
}
