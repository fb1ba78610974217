import { useState } from 'react';
import { Alert, App, Button, Input, List, Space } from 'antd';
import type { CensusIdentity } from '../../../../api/schemas/census';
import { useLedgerMutation } from '../../../useLedgerMutation';

type Difference = NonNullable<CensusIdentity['difference']>;

/** 实有数与应有数之差: last year's reported 年末 against what the records now count, the people behind it, and the reason (typed, stored, logged). */
export function DifferencePanel({ year, difference: d }: { year: number; difference: Difference }) {
  const { message } = App.useApp();
  const save = useLedgerMutation('census.explainDifference');
  const [reason, setReason] = useState(d.reason ?? '');
  if (d.value === 0 && d.people.length === 0) return null;

  async function submit() {
    const result = await save.call({ year, difference: d.value, reason });
    if (!result.ok) return message.error(result.error.message);
    message.success('已保存差异原因');
  }

  return (
    <Alert
      data-testid="census-difference"
      type={d.reason ? 'info' : 'warning'}
      showIcon
      style={{ marginBottom: 12 }}
      title={`实有数与应有数之差：${d.value > 0 ? '+' : ''}${d.value} 人（${year - 1}年末上报数与现有记录之差）${d.reason ? '' : '，请填写原因'}`}
      description={
        <>
          <List
            size="small"
            data-testid="census-difference-people"
            dataSource={d.people}
            renderItem={(p) => (
              <List.Item style={{ padding: '2px 0' }}>
                <b>{p.name}</b>：{p.reason}
              </List.Item>
            )}
          />
          <Space.Compact style={{ width: '100%', marginTop: 8 }}>
            <Input
              data-testid="census-difference-reason"
              placeholder="差异原因（如：上报后补录的死亡）"
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <Button data-testid="census-difference-save" type="primary" loading={save.busy} onClick={submit}>
              保存原因
            </Button>
          </Space.Compact>
        </>
      }
    />
  );
}
