import { useState } from 'react';
import { Select } from 'antd';
import { client } from '../api';

interface Props {
  /** Given by Form.Item, so its label names the picker. */
  id?: string;
  value?: number[];
  onChange?: (ids: number[]) => void;
}

/** Picks roster members by typing a name, ID or phone: searched on the Node side, 20 at a time. */
export function MemberPicker({ id, value, onChange }: Props) {
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [known, setKnown] = useState(new Map<number, string>());
  async function search(keyword: string) {
    const r = await client.call('members.list', { keyword: keyword || null, pageSize: 20 });
    if (!r.ok) return;
    const next = r.value.rows.map((m) => ({ value: m.id, label: `${m.name}（${m.branchName}）` }));
    setKnown((k) => new Map([...k, ...next.map((o) => [o.value, o.label] as const)]));
    setOptions(next);
  }
  const selected = (value ?? []).filter((id) => !options.some((o) => o.value === id)).map((id) => ({ value: id, label: known.get(id) ?? String(id) }));
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch
      filterOption={false}
      placeholder="输入姓名查找本社区党员"
      value={value}
      onChange={onChange}
      onSearch={search}
      onFocus={() => search('')}
      options={[...selected, ...options]}
    />
  );
}
