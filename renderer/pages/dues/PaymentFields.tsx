import { DatePicker, Form, Input, Select } from 'antd';
import { DUES_METHODS } from '../../../api/dues';
import { dateItemProps } from '../../components/dateField';

/** 交纳日期, 交纳方式 and 收款人: the same three fields on a member's payment and on a branch month. */
export function PaymentFields({ collectorWidth = 120 }: { collectorWidth?: number }) {
  return (
    <>
      <Form.Item label="交纳日期" name="paidOn" rules={[{ required: true, message: '请选择交纳日期' }]} {...dateItemProps}>
        <DatePicker aria-label="交纳日期" />
      </Form.Item>
      <Form.Item label="交纳方式" name="method">
        <Select aria-label="交纳方式" style={{ width: 120 }} options={DUES_METHODS.map((m) => ({ value: m, label: m }))} />
      </Form.Item>
      <Form.Item label="收款人" name="collector">
        <Input aria-label="收款人" style={{ width: collectorWidth }} />
      </Form.Item>
    </>
  );
}
