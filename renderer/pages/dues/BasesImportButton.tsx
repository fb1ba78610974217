import { useState } from 'react';
import { Button, Tooltip } from 'antd';
import { ImportDrawer } from '../members/import/ImportDrawer';

/**
 * 导入基数: bases come in through the roster's import pipeline (姓名 + 身份证号 + 基数), with
 * the same preview and row messages. The import touches 'dues', so the bases table refreshes
 * itself once the drawer closes.
 */
export function BasesImportButton({ year, closed }: { year: number; closed: boolean }) {
  const [open, setOpen] = useState(false);
  const button = (
    <Button data-testid="dues-bases-import" disabled={closed} onClick={() => setOpen(true)}>
      导入基数
    </Button>
  );
  return (
    <>
      {closed ? <Tooltip title={`${year}年度已封账，不能导入基数`}>{button}</Tooltip> : button}
      <ImportDrawer open={open} target="duesBases" year={year} onClose={() => setOpen(false)} />
    </>
  );
}
