import { useState } from 'react';
import { Alert, App, Button, Card, Result, Table } from 'antd';
import type { AppInfo } from '../../api/contract';
import { useLedgerMutation } from '../useLedgerMutation';
import { useLedgerQuery } from '../useLedgerQuery';

/** Shown instead of the app when the ledger file failed its check at start: restore, nothing else. */
export function RecoveryPage({ damaged }: { damaged: NonNullable<AppInfo['damaged']> }) {
  const { message } = App.useApp();
  const status = useLedgerQuery('backups.status', {});
  const restoreFrom = useLedgerMutation('backups.restore');
  const [busy, setBusy] = useState<string | null>(null);
  async function restore(name: string) {
    setBusy(name);
    const r = await restoreFrom.call({ name });
    setBusy(null);
    if (!r.ok) return message.error(r.error.message);
    // The host opened no ledger at start: the app starts again on the restored one.
    window.location.reload();
  }
  return (
    <div style={{ maxWidth: 820, margin: '40px auto' }} data-testid="recovery-page">
      <Result
        status="warning"
        title="数据文件已损坏"
        subTitle="为免数据进一步受损，程序没有打开它，也不会写入。请用备份恢复；损坏的文件会另存到备份文件夹，不会删除。"
        extra={
          damaged.newestGood ? (
            <Button
              type="primary"
              size="large"
              data-testid="restore-newest"
              loading={busy === damaged.newestGood.name}
              onClick={() => restore(damaged.newestGood!.name)}
            >
              恢复到最近一份完好的备份（{damaged.newestGood.at}）
            </Button>
          ) : (
            <Alert type="error" title="数据文件夹中没有完好的备份。请联系技术人员，或从U盘中的备份复制到备份文件夹后重新打开程序。" />
          )
        }
      />
      <Card size="small" title="全部备份">
        <Table
          rowKey="name"
          size="small"
          pagination={false}
          dataSource={status.data?.files}
          columns={[
            { title: '时间', dataIndex: 'at', width: 170 },
            { title: '原因', dataIndex: 'reason' },
            { title: '', width: 90, render: (_, r: { name: string }) => <a onClick={() => restore(r.name)}>用此恢复</a> },
          ]}
        />
        <p style={{ color: '#888', marginTop: 8 }}>技术信息：{damaged.message}</p>
      </Card>
    </div>
  );
}
