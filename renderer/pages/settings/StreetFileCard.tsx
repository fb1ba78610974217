import { useState } from 'react';
import { Alert, App, Button, Card, Upload } from 'antd';
import type { StreetFileImported } from '../../../api/schemas/streetPlan';
import { useLedgerMutation } from '../../useLedgerMutation';
import { readAsBase64 } from '../members/import/readFile';

/**
 * 街道下发文件 (issue 30): the file the street makes for this community. Importing it fills 所属街道, the 接入码 and
 * the ledger's id the street knows it by, the year's 发展计划 and the 报送 deadlines, in one step; a later file
 * updates them, an older one or another community's is refused with the reason.
 */
export function StreetFileCard() {
  const { message } = App.useApp();
  const importFile = useLedgerMutation('street.importDownFile');
  const [done, setDone] = useState<StreetFileImported | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function pick(file: File) {
    setError(null);
    const result = await importFile.call({ fileName: file.name, data: await readAsBase64(file) });
    if (!result.ok) setError(result.error.message);
    else {
      setDone(result.value);
      message.success('已导入街道下发文件');
    }
    return false;
  }
  const q = done?.quota;
  return (
    <Card title="街道下发文件" style={{ marginBottom: 16 }}>
      <p style={{ color: '#888', marginTop: 0 }}>
        街道在“计划与核对”页为本社区生成的文件（.json，或各社区的合集
        .zip）。导入后自动填写所属街道和接入码，并写入本年度发展计划和各期上报包的报送截止日期；街道再次下发时导入新的文件即可。
      </p>
      <Upload accept=".json,.zip" showUploadList={false} beforeUpload={(f) => pick(f)} disabled={importFile.busy}>
        <Button type="primary" loading={importFile.busy} data-testid="settings-street-file">
          导入街道下发文件
        </Button>
      </Upload>
      {error && (
        <Alert style={{ marginTop: 12 }} type="error" showIcon closable onClose={() => setError(null)} title={error} data-testid="settings-street-file-error" />
      )}
      {done && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          data-testid="settings-street-file-done"
          title={`已导入${done.street}发给${done.community}的下发文件（生成于${done.createdAt}）`}
          description={
            <>
              {q
                ? `${done.year}年发展计划：入党申请人${q.applied}名，入党积极分子${q.activists}名，发展对象${q.candidates}名，发展党员${q.admitted}名。`
                : `${done.year}年未下达发展计划。`}
              报送截止日期{done.deadlines}个（见首页）。
            </>
          }
        />
      )}
    </Card>
  );
}
