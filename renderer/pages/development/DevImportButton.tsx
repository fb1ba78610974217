import { useState } from 'react';
import { Button } from 'antd';
import { ImportDrawer } from '../members/import/ImportDrawer';

/**
 * 导入: existing registers come in through the roster's import pipeline (target 'development'),
 * with the same preview and row messages; the import touches 'development', so the register
 * refreshes itself once the drawer closes.
 */
export function DevImportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button data-testid="dev-import" onClick={() => setOpen(true)}>
        导入
      </Button>
      <ImportDrawer open={open} target="development" onClose={() => setOpen(false)} />
    </>
  );
}
