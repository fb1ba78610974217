import { useEffect, useState } from 'react';
import { App, Button, Card, InputNumber, Select, Table } from 'antd';
import { PERIOD_LABELS, PERIODS, type MeetingRule } from '../../../api/meetingTypes';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/** 三会一课 frequencies: the shipped defaults are local conventions, so each can be changed. */
export function MeetingRulesCard() {
  const { message } = App.useApp();
  const rules = useLedgerQuery('meetings.rules', {});
  const saveRules = useLedgerMutation('meetings.saveRules');
  const [draft, setDraft] = useState<MeetingRule[]>([]);
  useEffect(() => setDraft(rules.data ?? []), [rules.data]);
  const set = (type: string, patch: Partial<MeetingRule>) => setDraft((d) => d.map((r) => (r.type === type ? { ...r, ...patch } : r)));

  async function save() {
    const result = await saveRules.call({ rules: draft.map(({ type, period, minCount }) => ({ type, period, minCount })) });
    if (result.ok) {
      message.success('已保存，开展情况按新要求统计');
      setDraft(result.value);
    } else message.error(result.error.message);
  }

  return (
    <Card
      title="三会一课要求"
      style={{ marginBottom: 16 }}
      extra={
        <Button type="primary" onClick={save} data-testid="rules-save">
          保存要求
        </Button>
      }
    >
      <Table
        size="small"
        rowKey="type"
        pagination={false}
        dataSource={draft}
        columns={[
          { title: '会议类型', dataIndex: 'type', width: 130 },
          {
            title: '周期',
            width: 130,
            render: (_, r) => (
              <Select
                style={{ width: 110 }}
                value={r.period}
                onChange={(v) => set(r.type, { period: v })}
                options={PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))}
              />
            ),
          },
          {
            title: '至少次数',
            width: 110,
            render: (_, r) => <InputNumber min={0} max={31} value={r.minCount} onChange={(v) => set(r.type, { minCount: v ?? 0 })} />,
          },
          { title: '依据', dataIndex: 'basis' },
        ]}
      />
      <p style={{ color: '#888', marginTop: 8 }}>党课、主题党日的频次各地不同，以上为本地默认值；次数设为 0 表示不统计该类型。</p>
    </Card>
  );
}
