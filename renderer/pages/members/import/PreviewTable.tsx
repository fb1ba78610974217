import { useState } from 'react';
import { Switch, Table, Tag } from 'antd';
import type { ImportPreview, PreviewRow } from '../../../../api/schemas/imports';

const ACTIONS: Record<PreviewRow['action'], [string, string]> = {
  create: ['新增', 'green'],
  update: ['更新', 'blue'],
  skip: ['跳过', 'default'],
  error: ['有错误，不导入', 'red'],
};

/** Every row with what will happen to it and why; problems first by default. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const [onlyProblems, setOnlyProblems] = useState(true);
  const shown = onlyProblems ? preview.rows.filter((r) => r.problems.length > 0 || r.action !== 'create') : preview.rows;
  // Rows that will not be imported first, then the rest in file order.
  const rows = [...shown.filter((r) => r.action === 'error'), ...shown.filter((r) => r.action !== 'error')];
  return (
    <>
      <div style={{ margin: '8px 0' }}>
        只看有问题的行 <Switch size="small" checked={onlyProblems} onChange={setOnlyProblems} />
      </div>
      <Table
        data-testid="import-preview"
        size="small"
        rowKey="rowNumber"
        dataSource={rows}
        pagination={{ pageSize: 50, showTotal: (n) => `${n} 行` }}
        locale={{ emptyText: onlyProblems ? '没有问题，全部可以导入' : '没有数据行' }}
        columns={[
          { title: 'Excel行号', dataIndex: 'rowNumber', width: 90 },
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '身份证号', dataIndex: 'idNumber', width: 180 },
          { title: '处理', dataIndex: 'action', width: 120, render: (a: PreviewRow['action']) => <Tag color={ACTIONS[a][1]}>{ACTIONS[a][0]}</Tag> },
          {
            title: '问题',
            render: (_, r) =>
              r.problems.map((p, i) => (
                <div key={i} style={{ color: p.level === 'error' ? '#cf1322' : '#d48806' }}>
                  【{p.column}】{p.message}
                </div>
              )),
          },
        ]}
      />
    </>
  );
}
