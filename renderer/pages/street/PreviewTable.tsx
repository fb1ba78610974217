import { Table, Tag } from 'antd';
import type { PackagePreview } from '../../../api/schemas/street';
import { localTime } from './period';

/** What each picked file would do: imported, imported as a replacement (its totals before → after), or refused and why. */
export function PreviewTable({ previews }: { previews: PackagePreview[] }) {
  return (
    <Table<PackagePreview>
      data-testid="street-package-preview"
      rowKey="uploadId"
      size="small"
      pagination={false}
      dataSource={previews}
      onRow={(r) => ({ 'data-testid': `street-preview-${r.fileName}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: '文件', dataIndex: 'fileName', width: 260, ellipsis: true },
        { title: '社区', dataIndex: 'community', width: 150, render: (v: string | null, r) => (v ? <>{v}{r.newCommunity && <Tag color="blue" style={{ marginLeft: 6 }}>新社区</Tag>}</> : '—') },
        { title: '期间', dataIndex: 'periodLabel', width: 130, render: (v: string | null) => v ?? '—' },
        { title: '生成时间', dataIndex: 'createdAt', width: 160, render: (v: string | null) => v ?? '—' },
        {
          title: '校验结果',
          render: (_, r) => {
            if (!r.accepted) return <span style={{ color: '#cf1322' }} data-testid="street-preview-reason">拒绝：{r.reason}</span>;
            if (!r.replaces) return <Tag color="green">可以导入</Tag>;
            return (
              <div data-testid="street-preview-replaces">
                <Tag color="orange">替换 {localTime(r.replaces.importedOn)} 导入的上报包（生成于 {r.replaces.createdAt}）</Tag>
                {r.replaces.changes.length === 0 ? (
                  <div style={{ color: '#888', marginTop: 4 }}>合计数字没有变化</div>
                ) : (
                  <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                    {r.replaces.changes.map((c) => (
                      <li key={c.label}>
                        {c.label}：{c.before} → <b>{c.after}</b>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          },
        },
      ]}
    />
  );
}
