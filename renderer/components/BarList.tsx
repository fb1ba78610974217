import type { CountByLabel } from '../../api/schemas/home';

/** A horizontal bar chart in plain markup: no chart library in the first bundle. */
export function BarList({ data, color = '#c8161d', testId }: { data: CountByLabel[]; color?: string; testId?: string }) {
  const max = Math.max(1, ...data.map((d) => d.count));
  return (
    <div data-testid={testId}>
      {data.map((d) => (
        <div key={d.label} data-label={d.label} data-count={d.count} style={{ display: 'flex', alignItems: 'center', margin: '6px 0', fontSize: 13 }}>
          <span style={{ width: 84, flex: 'none', color: '#555' }}>{d.label}</span>
          <span style={{ flex: 1, background: '#f5f5f5', height: 14, borderRadius: 2, overflow: 'hidden' }}>
            <span style={{ display: 'block', width: `${(d.count / max) * 100}%`, height: '100%', background: color, opacity: 0.8 }} />
          </span>
          <span style={{ width: 44, textAlign: 'right', flex: 'none' }}>{d.count}</span>
        </div>
      ))}
    </div>
  );
}
