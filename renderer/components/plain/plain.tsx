// The first screen's display pieces in plain markup: a card, a figure, a tag, a meter and a
// paged list. 首页 used antd's Card, Statistic, Tag, Progress and List (theme tokens,
// responsive observers, the pagination's select on first render): drawn plain, it and the
// plain frame (shell.css) took the first paint from 1.93 to 1.42 s here. Other pages use
// antd; these are for what must show at once.
import { Fragment, useState, type ReactNode } from 'react';
import './plain.css';

export function Grid({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <div className="plain-grid" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
      {children}
    </div>
  );
}

export function Panel({ title, extra, small, testId, children }: { title?: ReactNode; extra?: ReactNode; small?: boolean; testId?: string; children: ReactNode }) {
  return (
    <section className={small ? 'plain-card small' : 'plain-card'} data-testid={testId}>
      {title !== undefined && (
        <div className="plain-card-head">
          <span>{title}</span>
          {extra}
        </div>
      )}
      <div className="plain-card-body">{children}</div>
    </section>
  );
}

export function Figure({ title, value }: { title: ReactNode; value: number }) {
  return (
    <div>
      <div className="plain-stat-title">{title}</div>
      <div className="plain-stat-value">{value.toLocaleString('en-US')}</div>
    </div>
  );
}

export function Badge({ color, children }: { color: 'red' | 'orange' | 'gold'; children: ReactNode }) {
  return <span className={`plain-tag ${color}`}>{children}</span>;
}

export function Meter({ percent }: { percent: number }) {
  const shown = Math.max(0, Math.min(100, percent));
  return (
    <span className={shown >= 100 ? 'plain-meter done' : 'plain-meter'} role="meter" aria-valuenow={shown} aria-valuemin={0} aria-valuemax={100}>
      <span className="plain-meter-track">
        <span className="plain-meter-fill" style={{ display: 'block', width: `${shown}%` }} />
      </span>
      <span className="plain-meter-text">{shown}%</span>
    </span>
  );
}

/** Page numbers as antd shows them: first, last, two either side of the current, gaps between. */
export function pageNumbers(current: number, pages: number): (number | 'gap')[] {
  const out: (number | 'gap')[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - current) <= 2 || (current <= 3 && p <= 5) || (current >= pages - 2 && p >= pages - 4)) out.push(p);
    else if (out.at(-1) !== 'gap') out.push('gap');
  }
  return out;
}

export function PagedList<T>({ items, itemKey, pageSize, small, footer, testId, render }: { items: T[]; itemKey: (item: T) => string | number; pageSize?: number; small?: boolean; footer?: ReactNode; testId?: string; render: (item: T) => ReactNode }) {
  const [page, setPage] = useState(1);
  const size = pageSize ?? Math.max(1, items.length);
  const pages = Math.ceil(items.length / size);
  const current = Math.min(page, Math.max(1, pages));
  return (
    <div data-testid={testId}>
      <ul className={small ? 'plain-list small' : 'plain-list'}>
        {items.slice((current - 1) * size, current * size).map((item) => (
          <Fragment key={itemKey(item)}>{render(item)}</Fragment>
        ))}
      </ul>
      {footer && <div className="plain-list-footer">{footer}</div>}
      {pages > 1 && (
        <nav className="plain-pager" aria-label="翻页">
          <button type="button" aria-label="上一页" disabled={current === 1} onClick={() => setPage(current - 1)}>‹</button>
          {pageNumbers(current, pages).map((p, i) =>
            p === 'gap' ? (
              <span key={`gap${i}`} className="gap">···</span>
            ) : (
              <button type="button" key={p} aria-current={p === current ? 'page' : undefined} onClick={() => setPage(p)}>{p}</button>
            ),
          )}
          <button type="button" aria-label="下一页" disabled={current === pages} onClick={() => setPage(current + 1)}>›</button>
        </nav>
      )}
    </div>
  );
}

export function ListItem({ title, description, onClick, children }: { title?: ReactNode; description?: ReactNode; onClick?: () => void; children?: ReactNode }) {
  return (
    <li className={onClick ? 'plain-list-item clickable' : 'plain-list-item'} onClick={onClick}>
      {title !== undefined && <div className="plain-list-title">{title}</div>}
      {description !== undefined && <div className="plain-list-desc">{description}</div>}
      {children}
    </li>
  );
}
