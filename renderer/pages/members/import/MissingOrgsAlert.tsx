import { Alert, Button } from 'antd';
import type { MissingOrgList } from '../../../../api/schemas/imports';

interface Props {
  missing: MissingOrgList;
  disabled: boolean;
  onCreate: () => void;
}

/** The branches and 党小组 a roster file names that the ledger lacks, with the one action that creates them in the import. */
export function MissingOrgsAlert({ missing, disabled, onCreate }: Props) {
  const names = [...missing.branches, ...missing.groups.map((g) => `${g.branch} / ${g.name}`)];
  if (names.length === 0) return null;
  // Without exactly one 党委/党总支 there is nowhere to put new branches: the commit would refuse.
  const blocked = missing.branches.length > 0 && missing.parent === null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="import-missing-orgs"
      title={`文件中有 ${names.length} 个党支部/党小组尚未建立：${names.join('、')}`}
      description={
        blocked
          ? '找不到唯一的社区党委或党总支，无法自动新建党支部；请先在“党组织”中建立后再导入。'
          : `可以在导入时一并新建${missing.branches.length > 0 ? `（党支部建在“${missing.parent}”下）` : ''}，这些行随后一起导入；也可以先在“党组织”中手动建立。`
      }
      action={
        <Button onClick={onCreate} disabled={disabled || blocked} data-testid="import-create-orgs">
          新建这些组织并导入
        </Button>
      }
    />
  );
}
