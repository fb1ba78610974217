import { useState } from 'react';
import { App, Button, Card, Popconfirm } from 'antd';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/** 示例数据: only offered on an empty ledger; removing it returns to the state before loading. */
export function SampleCard() {
  const { message } = App.useApp();
  const status = useLedgerQuery('sample.status', {});
  const load = useLedgerMutation('sample.load');
  const remove = useLedgerMutation('sample.remove');
  const [busy, setBusy] = useState(false);
  if (!status.data || (!status.data.canLoad && !status.data.loaded)) return null;
  // Either touches every family: the shell's name, this page and every page opened later refetch.
  async function act(call: 'sample.load' | 'sample.remove') {
    setBusy(true);
    const r = await (call === 'sample.load' ? load : remove).call({});
    setBusy(false);
    if (!r.ok) return message.error(r.error.message);
    message.success(call === 'sample.load' ? '已加载示例数据，可以到各页面看看' : '已移除示例数据');
  }
  return (
    <Card title="示例数据" style={{ marginBottom: 16 }}>
      {status.data.canLoad ? (
        <>
          <p style={{ color: '#888' }}>加载一个虚构的小社区（3个支部、60名党员、今年的会议、双报到和积分），熟悉软件后可一键移除。</p>
          <Button data-testid="sample-load" loading={busy} onClick={() => act('sample.load')}>
            加载示例数据
          </Button>
        </>
      ) : (
        <>
          <p style={{ color: '#888' }}>当前是示例数据。移除后回到加载前的状态；加载后自己录入的内容也会一并移除（移除前会自动备份）。</p>
          <Popconfirm title="移除示例数据？" okText="移除" cancelText="取消" onConfirm={() => act('sample.remove')}>
            <Button danger data-testid="sample-remove" loading={busy}>
              移除示例数据
            </Button>
          </Popconfirm>
        </>
      )}
    </Card>
  );
}
