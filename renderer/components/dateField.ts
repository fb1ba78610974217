import dayjs, { type Dayjs } from 'dayjs';

// Dates travel as 'YYYY-MM-DD' text; DatePicker works with dayjs. These two props
// convert at the Form.Item, so form values are always the contract's strings.
export const DATE_FORMAT = 'YYYY-MM-DD';

export const dateItemProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value, DATE_FORMAT) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(DATE_FORMAT) : null),
};

export const monthItemProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value + '-01', DATE_FORMAT) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM') : null),
};
