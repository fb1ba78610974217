// The first screen's display pieces in plain markup: a card, a figure, a tag, a meter, a
// paged list, an empty note and a loading placeholder. 首页 used antd's Card, Statistic, Tag, Progress and List (theme tokens,
// responsive observers, the pagination's select on first render): drawn plain, it and the
// plain frame (shell.css) took the first paint from 1.93 to 1.42 s here. Other pages use
// antd; these are for what must show at once.
import { Fragment, useState, type ReactNode } from 'react';
import './plain.css';

/** antd's empty-box picture: its outline, kept from antd so the plain shell draws the same. */
const EMPTY_BOX_PATH =
  'M41.613 15.931c0-1.605.994-2.93 2.227-2.931H55v18.137C55 33.26 53.68 35 52.05 35h-40.1C10.32 35 9 33.259 9' +
  ' 31.137V13h11.16c1.233 0 2.227 1.323 2.227 2.928v.022c0 1.605 1.005 2.901 2.237 2.901h14.752c1.232 0 2.237-1.308 2.237-2.913v-.007z';

export function Grid({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <div className="plain-grid" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
      {children}
    </div>
  );
}

export function Panel({
  title,
  extra,
  small,
  testId,
  children,
}: {
  title?: ReactNode;
  extra?: ReactNode;
  small?: boolean;
  testId?: string;
  children: ReactNode;
}) {
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

export function PagedList<T>({
  items,
  itemKey,
  pageSize,
  small,
  footer,
  testId,
  render,
}: {
  items: T[];
  itemKey: (item: T) => string | number;
  pageSize?: number;
  small?: boolean;
  footer?: ReactNode;
  testId?: string;
  render: (item: T) => ReactNode;
}) {
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
          <button type="button" aria-label="上一页" disabled={current === 1} onClick={() => setPage(current - 1)}>
            ‹
          </button>
          {pageNumbers(current, pages).map((p, i) =>
            p === 'gap' ? (
              <span key={`gap${i}`} className="gap">
                ···
              </span>
            ) : (
              <button type="button" key={p} aria-current={p === current ? 'page' : undefined} onClick={() => setPage(p)}>
                {p}
              </button>
            ),
          )}
          <button type="button" aria-label="下一页" disabled={current === pages} onClick={() => setPage(current + 1)}>
            ›
          </button>
        </nav>
      )}
    </div>
  );
}

export function ListItem({
  title,
  description,
  onClick,
  children,
}: {
  title?: ReactNode;
  description?: ReactNode;
  onClick?: () => void;
  children?: ReactNode;
}) {
  return (
    <li className={onClick ? 'plain-list-item clickable' : 'plain-list-item'} onClick={onClick}>
      {title !== undefined && <div className="plain-list-title">{title}</div>}
      {description !== undefined && <div className="plain-list-desc">{description}</div>}
      {children}
    </li>
  );
}

/** What antd's Empty shows with its simple picture: nothing to list, and why. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return (
    <div className="plain-empty">
      <svg viewBox="0 0 64 41" aria-hidden="true">
        <g transform="translate(0 1)" fill="none" fillRule="evenodd">
          <ellipse fill="#f5f5f5" cx="32" cy="33" rx="32" ry="7" />
          <g fillRule="nonzero" stroke="#d9d9d9">
            <path d="M55 12.76L44.854 1.258C44.367.474 43.656 0 42.907 0H21.093c-.749 0-1.46.474-1.947 1.257L9 12.761V22h46v-9.24z" />
            <path d={EMPTY_BOX_PATH} fill="#fafafa" />
          </g>
        </g>
      </svg>
      {children}
    </div>
  );
}

/** Grey lines while the first answer is on its way (antd's Skeleton paragraph). */
export function Placeholder({ lines }: { lines: number }) {
  return (
    <div className="plain-skeleton" role="status" aria-label="正在加载">
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} />
      ))}
    </div>
  );
}
