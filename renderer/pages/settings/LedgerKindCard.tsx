import { App, Card, Radio } from 'antd';
import type { LedgerKind } from '../../../api/schemas/street';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/** 台账类型: a community's ledger or a street's; switchable only while the ledger holds nothing. */
export function LedgerKindCard() {
  const { message } = App.useApp();
  const kind = useLedgerQuery('street.kind', {});
  const setKind = useLedgerMutation('street.setKind');
  if (!kind.data) return null;
  async function change(next: LedgerKind) {
    const result = await setKind.call({ kind: next });
    if (!result.ok) return message.error(result.error.message);
    message.success(next === '街道' ? '已改为街道台账：左侧菜单换成社区、上报包和汇总' : '已改为社区台账');
  }
  return (
    <Card title="台账类型" style={{ marginBottom: 16 }} data-testid="ledger-kind-card">
      <Radio.Group
        value={kind.data.kind}
        disabled={!kind.data.canChange || setKind.busy}
        onChange={(e) => void change(e.target.value as LedgerKind)}
        options={[
          { value: '社区', label: <span data-testid="ledger-kind-社区">社区党组织</span> },
          { value: '街道', label: <span data-testid="ledger-kind-街道">街道党工委（汇总各社区上报包）</span> },
        ]}
      />
      <p style={{ color: '#888', margin: '12px 0 0' }}>
        {kind.data.canChange
          ? '台账还没有数据，可以修改类型。录入党组织、党员或导入上报包后就不能再改。'
          : '台账中已有数据，不能再修改类型。如需另一种台账，请在新的数据文件夹中使用。'}
      </p>
    </Card>
  );
}
