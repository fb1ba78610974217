import { Button, Space } from 'antd';
import type { PreviewRow } from '../../../../api/schemas/imports';

interface Props {
  summary: string;
  /** The rows the preview said would not be imported, with why. */
  refused: PreviewRow[];
  onExport: () => void;
}

/** What the import did, and which rows it left out (with the file to fix them in). */
export function ImportDone({ summary, refused, onExport }: Props) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-done">
      <span>{summary}</span>
      {refused.length > 0 && (
        <>
          <span>以下 {refused.length} 行没有导入，请修改后再导入一次：</span>
          <div style={{ maxHeight: 240, overflow: 'auto' }} data-testid="import-refused">
            {refused.map((r) => (
              <div key={r.rowNumber}>
                第{r.rowNumber}行 {r.name || '（无姓名）'}：
                {r.problems
                  .filter((p) => p.level === 'error')
                  .map((p) => `【${p.column}】${p.message}`)
                  .join('；')}
              </div>
            ))}
          </div>
          <Button onClick={onExport} data-testid="import-done-export">
            导出这些行（附修改说明）
          </Button>
        </>
      )}
    </Space>
  );
}
