// 首页's 建账日期 field: antd's DatePicker, shown YYYY-MM-DD like every other date field (a native
// <input type=date> showed the browser's 12/07/2026). Loaded with antd only when the question is asked,
// so 首页's first paint still carries no antd (AntdRoot.tsx).
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import AntdRoot from '../../AntdRoot';
import { DATE_FORMAT } from '../../components/dateField';

export default function StartDateField({ value, onChange }: { value: string; onChange: (value: string | null) => void }) {
  return (
    <AntdRoot>
      <DatePicker
        aria-label="建账日期"
        data-testid="ledger-start-date"
        format={DATE_FORMAT}
        allowClear={false}
        value={value ? dayjs(value, DATE_FORMAT) : null}
        onChange={(d) => onChange(d ? d.format(DATE_FORMAT) : null)}
      />
    </AntdRoot>
  );
}
