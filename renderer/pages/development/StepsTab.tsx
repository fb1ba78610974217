import { useState } from 'react';
import { App, Button, Input, Space, Table, Tag } from 'antd';
import { DEV_STAGE_NAMES } from '../../../api/development';
import type { DevStep } from '../../../api/schemas/development';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { STEP_HINTS } from './stepHints';

/**
 * The 细则's 25 steps: their names are data and may follow local wording; the time rules stay
 * with the step (they are national regulation), whatever it is called.
 */
export function StepsTab() {
  const { message } = App.useApp();
  const steps = useLedgerQuery('development.steps', {});
  const rename = useLedgerMutation('development.saveStepName');
  const [editing, setEditing] = useState<{ code: string; name: string } | null>(null);
  async function save(code: string, name: string) {
    const r = await rename.call({ code, name });
    if (!r.ok) return message.error(r.error.message);
    message.success('已保存');
    setEditing(null);
  }
  return (
    <>
      <p style={{ color: '#888' }}>按《中国共产党发展党员工作细则》预置25个环节。名称可按本地习惯修改，时间要求不随名称改变。</p>
      <Table<DevStep>
        data-testid="dev-steps-table"
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={steps.data ?? []}
        columns={[
          { title: '序号', dataIndex: 'seq', width: 60 },
          { title: '阶段', width: 140, render: (_, s) => <Tag>{DEV_STAGE_NAMES[s.stage - 1]}</Tag> },
          {
            title: '环节名称',
            width: 320,
            render: (_, s) =>
              editing?.code === s.code ? (
                <Space.Compact style={{ width: '100%' }}>
                  <Input
                    aria-label="环节名称"
                    value={editing.name}
                    maxLength={40}
                    onChange={(e) => setEditing({ code: s.code, name: e.target.value })}
                    onPressEnter={() => save(s.code, editing.name)}
                  />
                  <Button type="primary" loading={rename.busy} onClick={() => save(s.code, editing.name)}>
                    保存
                  </Button>
                </Space.Compact>
              ) : (
                <span>
                  {s.name}
                  {s.name !== s.defaultName && <span style={{ color: '#888' }}>（原名：{s.defaultName}）</span>}
                </span>
              ),
          },
          { title: '时间要求', render: (_, s) => STEP_HINTS[s.code] ?? '—' },
          {
            title: '',
            width: 120,
            render: (_, s) => (
              <Space>
                <a onClick={() => setEditing({ code: s.code, name: s.name })}>改名</a>
                {s.name !== s.defaultName && <a onClick={() => save(s.code, s.defaultName)}>恢复默认</a>}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
