import { Select } from 'antd';
import { useLedgerQuery } from '../../useLedgerQuery';
import { isBranch, orgPath } from '../orgs/orgTree';

/** A form's open 党支部 (Form.Item passes value and onChange). */
export function BranchField({ value, onChange }: { value?: number; onChange?: (id: number) => void }) {
  const orgs = useLedgerQuery('orgs.list', { includeClosed: false });
  const all = orgs.data ?? [];
  return (
    <Select
      aria-label="参加活动的党支部"
      showSearch
      optionFilterProp="label"
      placeholder="请选择党支部"
      value={value}
      onChange={onChange}
      options={all.filter((o) => isBranch(o)).map((o) => ({ value: o.id, label: orgPath(all, o.id) }))}
    />
  );
}
