/** One bar: a community and the figure the tab compares. */
export interface Bar {
  label: string;
  value: number;
  /** How the value reads beside its bar (e.g. '96.5%', '1,234'). */
  text: string;
}

// Plain markup, not a chart library: none is installed, the app is offline (no CDN), and a
// bar per community of one figure is all the street compares; a library would add hundreds of
// KB to the page for that.
export function StreetBars({ bars, full, color = '#c8161d', testId }: { bars: Bar[]; full?: number; color?: string; testId?: string }) {
  // A rate's bar is drawn against 100% (full = 1), a count against the largest community.
  const max = full ?? Math.max(0, ...bars.map((b) => b.value));
  if (bars.length === 0) return <div style={{ color: '#888' }}>还没有社区上报</div>;
  return (
    <div data-testid={testId} role="img" aria-label="各社区对比图">
      {bars.map((b) => (
        <div key={b.label} data-label={b.label} data-value={b.value} style={{ display: 'flex', alignItems: 'center', gap: 8, margin: '5px 0', fontSize: 13 }}>
          <span style={{ width: 140, flex: 'none', color: '#555', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={b.label}>
            {b.label}
          </span>
          <span style={{ flex: 1, background: '#f5f5f5', height: 14, borderRadius: 2, overflow: 'hidden' }}>
            <span style={{ display: 'block', width: max > 0 ? `${(b.value / max) * 100}%` : 0, height: '100%', background: color, opacity: 0.8 }} />
          </span>
          <span style={{ width: 72, textAlign: 'right', flex: 'none' }}>{b.text}</span>
        </div>
      ))}
    </div>
  );
}
