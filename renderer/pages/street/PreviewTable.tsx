import { Checkbox, Select, Space, Table, Tag } from 'antd';
import type { PackageDecision, PackagePreview } from '../../../api/schemas/street';
import { localTime } from './period';

export type Decisions = Record<string, Omit<PackageDecision, 'uploadId'>>;

const ASK_LABEL = { older: '确认导入较旧的上报包', street: '确认是报给本街道的', unsigned: '确认导入未签名的上报包', match: '' } as const;

/** What the user must confirm (an older file, another street's name, 未签名) or choose (which community). */
function Asks({ r, decision, onDecide }: { r: PackagePreview; decision: Decisions[string] | undefined; onDecide: (d: Decisions[string]) => void }) {
  const current = decision ?? { communityId: null, confirm: [] };
  const toggle = (kind: PackageDecision['confirm'][number], on: boolean) =>
    onDecide({ ...current, confirm: on ? [...current.confirm, kind] : current.confirm.filter((k) => k !== kind) });
  return (
    <Space orientation="vertical" size={2}>
      {r.asks.map((a) => (
        <div key={a.kind} style={{ color: '#d46b08' }}>
          {a.text}
          {a.kind !== 'match' && (
            <div>
              <Checkbox
                data-testid={`street-preview-confirm-${a.kind}`}
                checked={current.confirm.includes(a.kind)}
                onChange={(e) => toggle(a.kind, e.target.checked)}
              >
                {ASK_LABEL[a.kind]}
              </Checkbox>
            </div>
          )}
        </div>
      ))}
    </Space>
  );
}

/** A new community, or one the user says it is: a community the street added by hand, or (on a name clash) any record. */
function MatchPicker({ r, decision, onDecide }: { r: PackagePreview; decision: Decisions[string] | undefined; onDecide: (d: Decisions[string]) => void }) {
  if (r.candidates.length === 0 && !r.asks.some((a) => a.kind === 'match')) return null;
  return (
    <div style={{ marginTop: 4 }}>
      对应社区：
      <Select
        aria-label="对应社区"
        data-testid="street-preview-match"
        size="small"
        style={{ width: 200 }}
        value={decision?.communityId ?? 0}
        onChange={(v: number) => onDecide({ confirm: decision?.confirm ?? [], communityId: v === 0 ? null : v })}
        options={[{ value: 0, label: `新增“${r.community}”` }, ...r.candidates.map((c) => ({ value: c.id, label: `手工添加的“${c.name}”` }))]}
      />
    </div>
  );
}

/** What each picked file would do: imported, imported as a replacement (every figure that changes, before → after), asked, or refused and why. */
export function PreviewTable({
  previews,
  decisions,
  onDecide,
}: {
  previews: PackagePreview[];
  decisions: Decisions;
  onDecide: (uploadId: string, d: Decisions[string]) => void;
}) {
  return (
    <Table<PackagePreview>
      data-testid="street-package-preview"
      rowKey="uploadId"
      size="small"
      pagination={false}
      dataSource={previews}
      onRow={(r) => ({ 'data-testid': `street-preview-${r.fileName}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: '文件', dataIndex: 'fileName', width: 220, ellipsis: true },
        {
          title: '社区',
          dataIndex: 'community',
          width: 200,
          render: (v: string | null, r) =>
            v ? (
              <>
                {v}
                {r.newCommunity && !decisions[r.uploadId]?.communityId && (
                  <Tag color="blue" style={{ marginLeft: 6 }}>
                    新社区
                  </Tag>
                )}
                {r.renamedFrom && <div style={{ color: '#888', fontSize: 12 }}>原名：{r.renamedFrom}</div>}
                <MatchPicker r={r} decision={decisions[r.uploadId]} onDecide={(d) => onDecide(r.uploadId, d)} />
              </>
            ) : (
              '—'
            ),
        },
        { title: '期间', dataIndex: 'periodLabel', width: 110, render: (v: string | null) => v ?? '—' },
        {
          title: '生成时间 / 截至日期',
          width: 170,
          render: (_, r) =>
            r.createdAt ? (
              <>
                {r.createdAt}
                <div>
                  截至 {r.asOf}
                  {r.early && (
                    <Tag color="orange" style={{ marginLeft: 4 }}>
                      期末前生成
                    </Tag>
                  )}
                </div>
                {/* A refused file's signature says nothing (it may have failed): marked only when it can go in. */}
                {(r.accepted || r.asks.length > 0) && (r.signed ? <Tag color="green">已签名</Tag> : <Tag>未签名</Tag>)}
              </>
            ) : (
              '—'
            ),
        },
        {
          title: '校验结果',
          render: (_, r) => {
            const warnings = r.warnings.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingLeft: 18, color: '#d46b08' }} data-testid="street-preview-warnings">
                {r.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            );
            // Refused only for what the user has not confirmed yet (a refusal for any other reason carries no asks).
            if (!r.accepted && r.asks.length > 0) {
              return (
                <div data-testid="street-preview-asks">
                  <Asks r={r} decision={decisions[r.uploadId]} onDecide={(d) => onDecide(r.uploadId, d)} />
                  {warnings}
                </div>
              );
            }
            if (!r.accepted)
              return (
                <span style={{ color: '#cf1322' }} data-testid="street-preview-reason">
                  拒绝：{r.reason}
                </span>
              );
            const confirmed = r.asks.length > 0 && <Asks r={r} decision={decisions[r.uploadId]} onDecide={(d) => onDecide(r.uploadId, d)} />;
            if (!r.replaces)
              return (
                <>
                  {<Tag color="green">可以导入</Tag>}
                  {confirmed}
                  {warnings}
                </>
              );
            return (
              <div data-testid="street-preview-replaces">
                <Tag color="orange">
                  替换 {localTime(r.replaces.importedOn)} 导入的上报包（生成于 {r.replaces.createdAt}）
                </Tag>
                {confirmed}
                {r.replaces.changes.length === 0 ? (
                  <div style={{ color: '#888', marginTop: 4 }}>数字没有变化</div>
                ) : (
                  <ul style={{ margin: '4px 0 0', paddingLeft: 18, maxHeight: 240, overflow: 'auto' }}>
                    {r.replaces.changes.map((c) => (
                      <li key={c.label}>
                        {c.label}：{c.before} → <b>{c.after}</b>
                      </li>
                    ))}
                  </ul>
                )}
                {warnings}
              </div>
            );
          },
        },
      ]}
    />
  );
}
