import { useState } from 'react';
import { Alert, Tag, Timeline } from 'antd';
import type { MemberEvent, MemberFactSpan, MemberHistory } from '../../../api/schemas/members';
import type { UseQueryResult } from '@tanstack/react-query';
import type { CallError } from '../../../api/result';
import { FactDateCorrectionModal, type FactBoundary } from './FactDateCorrectionModal';

interface Entry {
  on: string;
  /** Intervals before events on the same day: the value, then what happened. */
  order: number;
  key: string;
  color: string;
  content: React.ReactNode;
}

/** An interval's end is its own boundary only when no interval of the same fact starts that day (else it is the next one's start). */
function endIsOwn(span: MemberFactSpan, facts: MemberFactSpan[]): boolean {
  return span.validTo !== null && !facts.some((f) => f.fact === span.fact && f.validFrom === span.validTo);
}

function eventText(e: MemberEvent): string {
  if (e.kind === '更正') return `更正${e.place ?? ''}日期：${e.oldOn} 改为 ${e.newOn}`;
  const parts = [`${e.kind}${e.place ? `：${e.place}` : ''}`];
  if (e.letterNo) parts.push(`（介绍信编号 ${e.letterNo}）`);
  if (e.decidedOn) parts.push(`，支部大会 ${e.decidedOn}`);
  if (e.approvedOn) parts.push(`，上级党委审批 ${e.approvedOn}`);
  return parts.join('');
}

function entries(history: MemberHistory, correct: (b: FactBoundary) => void): Entry[] {
  // Also for a member who has left: a wrong 转出 or death date is corrected here, not in the form.
  const fix = (span: MemberFactSpan, edge: 'from' | 'to', text: string) => (
    <a style={{ marginLeft: 10, fontSize: 12 }} data-testid={`fact-correct-${span.id}-${edge}`} onClick={() => correct({ span, edge })}>
      {text}
    </a>
  );
  const facts: Entry[] = history.facts.map((span) => ({
    on: span.validFrom,
    order: 0,
    key: `f${span.id}`,
    color: 'blue',
    content: (
      <div data-testid="fact-span">
        <Tag>{span.label}</Tag>
        <b>{span.valueText}</b>
        <span style={{ marginLeft: 8, color: '#555' }}>
          {span.validFrom} 起 — {span.validTo ? `${span.validTo} 止` : '至今'}
        </span>
        {fix(span, 'from', '更正起始日期')}
        {endIsOwn(span, history.facts) && fix(span, 'to', '更正结束日期')}
      </div>
    ),
  }));
  const events: Entry[] = history.events.map((e) => ({
    on: e.occurredOn,
    order: 1,
    key: `e${e.id}`,
    color: e.kind === '更正' ? 'orange' : 'green',
    content: (
      <div>
        <b>{e.occurredOn}</b> {eventText(e)}
        {e.reason && <div style={{ color: '#888' }}>{e.reason}</div>}
      </div>
    ),
  }));
  return [...facts, ...events].sort((a, b) => a.on.localeCompare(b.on) || a.order - b.order);
}

interface Props {
  memberId: number | null;
  /** The drawer's members.history query, asked beside the member (one query, one call). */
  history: UseQueryResult<MemberHistory, CallError>;
}

/** 变动历史: every value of the member's dated facts with its dates, and every event, oldest first. */
export function MemberHistoryTimeline({ memberId, history }: Props) {
  const [correcting, setCorrecting] = useState<FactBoundary | null>(null);
  return (
    <>
      <h4 style={{ marginTop: 20 }}>变动历史（支部、党小组、人员类别、党籍状态、社区分类及转接记录）</h4>
      {history.error && <Alert type="error" title={history.error.message} />}
      {history.data && history.data.facts.length === 0 && history.data.events.length === 0 && <p style={{ color: '#888' }}>暂无变动记录。</p>}
      {history.data && (
        <Timeline data-testid="member-history" items={entries(history.data, setCorrecting).map(({ key, color, content }) => ({ key, color, content }))} />
      )}
      {memberId !== null && <FactDateCorrectionModal memberId={memberId} boundary={correcting} onClose={() => setCorrecting(null)} />}
    </>
  );
}
