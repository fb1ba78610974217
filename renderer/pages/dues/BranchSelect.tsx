import { Select } from 'antd';
import { useLedgerQuery } from '../../useLedgerQuery';
import { isBranch, orgPath } from '../orgs/orgTree';

interface Props {
  value: number | null;
  onChange: (id: number | null) => void;
  /** Offer "全部党支部" (null) as a choice. */
  allowAll?: boolean;
  /** Also offer the 党委/总支 above the branches (上缴 goes from them too). */
  withParents?: boolean;
  testId?: string;
}

/** The branches that collect 党费 (closed ones too: their past months are still theirs). */
export function BranchSelect({ value, onChange, allowAll, withParents, testId }: Props) {
  const orgs = useLedgerQuery('orgs.list', { includeClosed: true });
  const all = orgs.data ?? [];
  const options = all.filter((o) => withParents || isBranch(o)).map((o) => ({ value: o.id, label: `${orgPath(all, o.id)}${o.closedOn ? '（已撤销）' : ''}` }));
  return (
    <Select
      data-testid={testId}
      aria-label="党组织"
      showSearch
      optionFilterProp="label"
      style={{ width: 320 }}
      placeholder={allowAll ? '全部党支部' : '请选择党支部'}
      allowClear={allowAll}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange(v ?? null)}
      options={options}
    />
  );
}
