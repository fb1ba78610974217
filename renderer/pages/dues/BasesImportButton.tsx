import { Button, Tooltip } from 'antd';

/**
 * 导入基数: bases come in through the roster's import pipeline (姓名 + 身份证号 + 基数), with
 * the same preview and row messages, as import target 'duesBases' (branch wt-f). The hook:
 * once that target is in api/schemas/imports.ts, this button opens
 * `<ImportDrawer target="duesBases" />` (members/import/ImportDrawer.tsx, whose `target` prop
 * and title then take the third kind, and whose preview input carries `fromMonth`: `${year}-01`).
 * Until then it says so rather than open a drawer that cannot read the file.
 */
export function BasesImportButton() {
  return (
    <Tooltip title="导入党费基数的功能尚未接入本页，请先逐人录入">
      <Button data-testid="dues-bases-import" disabled>
        导入基数
      </Button>
    </Tooltip>
  );
}
