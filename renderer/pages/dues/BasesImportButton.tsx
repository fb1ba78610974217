import { Button, Tooltip } from 'antd';

/**
 * 导入基数: bases come in through the roster's import pipeline (姓名 + 身份证号 + 基数), with
 * the same preview and row messages. The import of this kind is built beside the 党费 forms;
 * until it is merged here the button says so instead of opening a drawer that cannot read it.
 */
export function BasesImportButton({ disabled }: { disabled: boolean }) {
  return (
    <Tooltip title="导入党费基数的功能尚未接入本页">
      <Button data-testid="dues-bases-import" disabled>
        {disabled ? '导入基数' : '导入基数'}
      </Button>
    </Tooltip>
  );
}
