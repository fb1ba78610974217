import { Select } from 'antd';
import { useLedgerQuery } from '../../useLedgerQuery';

interface Props {
  value?: number[];
  onChange?: (ids: number[]) => void;
  /** The meeting's day: the 流入党员 here on it are offered (those already listed stay). */
  heldOn: string | undefined;
  orgId: number | undefined;
  /** Names of the guests already saved, for those no longer here on the day. */
  known: { flowInId: number; name: string; homeOrg: string }[];
}

/** 流入党员 listed at a meeting as guests: shown in the record, never in 应到, 实到 or 出勤率. */
export function GuestsField({ value, onChange, heldOn, orgId, known }: Props) {
  const ins = useLedgerQuery('care.flowIns', heldOn ? { asOf: heldOn, includeEnded: false } : null);
  // Those taking part in this organisation come first; a guest may come to another branch's meeting too.
  const here = [...(ins.data ?? [])].sort((a, b) => Number(b.orgId === orgId) - Number(a.orgId === orgId));
  const options = [
    ...known.filter((k) => !here.some((h) => h.id === k.flowInId)).map((k) => ({ value: k.flowInId, label: `${k.name}（${k.homeOrg}）` })),
    ...here.map((h) => ({ value: h.id, label: `${h.name}（${h.homeOrg}）` })),
  ];
  return (
    <Select
      aria-label="列席的流入党员"
      mode="multiple"
      allowClear
      optionFilterProp="label"
      placeholder={options.length ? '选择参加本次活动的流入党员' : '没有登记的流入党员（在“流动与关怀”中登记）'}
      value={value}
      onChange={onChange}
      options={options}
    />
  );
}
