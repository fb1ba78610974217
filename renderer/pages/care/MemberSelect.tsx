import { useState } from 'react';
import { Select } from 'antd';
import { client } from '../../api';

interface Props {
  value?: number;
  onChange?: (id: number) => void;
  /** Shown until the first search answers (a record being edited names its member). */
  initialLabel?: string;
  /** The search box's accessible name: it overrides the Form.Item's label, so each form passes its own. */
  label?: string;
}

/** One roster member, found by typing a name, ID or phone: searched on the Node side, 20 at a time. */
export function MemberSelect({ value, onChange, initialLabel, label = '党员' }: Props) {
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  async function search(keyword: string) {
    const r = await client.call('members.list', { keyword: keyword || null, pageSize: 20 });
    if (r.ok) setOptions(r.value.rows.map((m) => ({ value: m.id, label: `${m.name}（${m.branchName}）` })));
  }
  const known = value !== undefined && !options.some((o) => o.value === value) && initialLabel ? [{ value, label: initialLabel }] : [];
  return (
    <Select
      aria-label={label}
      showSearch
      filterOption={false}
      placeholder="输入姓名查找本社区党员"
      value={value}
      onChange={onChange}
      onSearch={search}
      onFocus={() => search('')}
      options={[...known, ...options]}
    />
  );
}
