import { useState } from 'react';
import { Alert, App, Button, Card, Input, Modal, Popconfirm, Space, Table } from 'antd';
import type { BackupRow } from '../../../api/schemas/backups';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** 数据备份: the copies in the data folder, a copy now, a copy to a USB stick, and restore. */
export function BackupsCard() {
  const { message, modal } = App.useApp();
  const status = useLedgerQuery('backups.status', {});
  const [busy, setBusy] = useState<string | null>(null);
  const create = useLedgerMutation('backups.create');
  const copy = useLedgerMutation('backups.copyOut');
  const restoreFrom = useLedgerMutation('backups.restore');
  // A backup made under an earlier start password asks for that password or its recovery code.
  const [askSecret, setAskSecret] = useState<{ row: BackupRow; message: string } | null>(null);
  const [secret, setSecret] = useState('');

  async function run<T>(key: string, work: () => Promise<T>) {
    setBusy(key);
    try {
      return await work();
    } finally {
      setBusy(null);
    }
  }
  async function backupNow() {
    const r = await run('now', () => create.call({}));
    if (!r.ok) return message.error(r.error.message);
    message.success('已备份，备份已通过完整性校验');
  }
  async function copyOut() {
    const r = await run('out', () => copy.call({}));
    if (!r.ok) return message.error(r.error.message);
    const d = r.value;
    if (d.kind === 'cancelled') return message.info('已取消');
    if (d.kind === 'saved') message.success(`备份已保存到 ${d.path}`);
    if (d.kind === 'download') {
      const link = document.createElement('a');
      link.href = d.url;
      document.body.appendChild(link);
      link.click();
      link.remove();
      message.success('备份文件已开始下载，请把它保存到U盘或其他电脑');
    }
  }
  async function restore(row: BackupRow, given: string | null = null) {
    const r = await run(row.name, () => restoreFrom.call({ name: row.name, secret: given }));
    if (!r.ok && r.error.field === 'secret') {
      setSecret('');
      return setAskSecret({ row, message: r.error.message });
    }
    setAskSecret(null);
    if (!r.ok) return message.error(r.error.message);
    // A restore touches every family: this list, the shell and every page refetch by themselves.
    modal.success({ title: '恢复完成', content: `已恢复到 ${row.at} 的备份。恢复前的数据已另存为“恢复前备份”。` });
  }

  const secretModal = (
    <Modal
      open={askSecret !== null}
      title="该备份使用旧的启动密码"
      okText="恢复"
      confirmLoading={askSecret !== null && busy === askSecret.row.name}
      onOk={() => askSecret && void restore(askSecret.row, secret)}
      onCancel={() => setAskSecret(null)}
    >
      <p>{askSecret?.message}</p>
      <Input.Password data-testid="backup-secret" placeholder="当时的启动密码或恢复码" value={secret} onChange={(e) => setSecret(e.target.value)} />
    </Modal>
  );

  return (
    <Card
      title="数据备份"
      style={{ marginBottom: 16 }}
      extra={
        <Space>
          <Button data-testid="backup-now" loading={busy === 'now'} onClick={backupNow}>
            立即备份
          </Button>
          <Button type="primary" data-testid="backup-out" loading={busy === 'out'} onClick={copyOut}>
            备份到…
          </Button>
        </Space>
      }
    >
      {status.data?.warning && <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="backup-warning" title={status.data.warning} />}
      <p style={{ color: '#888' }}>
        程序每天首次启动、每次导入、恢复、升级和年度封账前会自动备份；保留当天全部、近30天每天一份、近一年每月一份。备份位置：{status.data?.backupsDir}
      </p>
      <Table<BackupRow>
        data-testid="backups-table"
        rowKey="name"
        size="small"
        pagination={{ pageSize: 8, showSizeChanger: false }}
        dataSource={status.data?.files}
        locale={{ emptyText: '还没有备份' }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170 },
          { title: '原因', dataIndex: 'reason' },
          { title: '大小', width: 90, render: (_, r) => size(r.size) },
          {
            title: '',
            width: 80,
            render: (_, r) => (
              <Popconfirm
                title="用这份备份恢复？"
                description={`数据将回到 ${r.at} 的状态；当前数据会先另存为备份。`}
                okText="恢复"
                cancelText="取消"
                onConfirm={() => restore(r)}
              >
                <a data-testid={`restore-${r.name}`}>恢复</a>
              </Popconfirm>
            ),
          },
        ]}
      />
      {secretModal}
    </Card>
  );
}
