// 年初 + 增加 − 减少 = 年末, checked member by member: each member's own 增加 less 减少 must equal
// the change in whether they count (年末 minus 年初). A member whose records disagree is named
// with the reason, so a break is explained by the records that cause it, not only by a sum.
import type { CensusIdentity } from '../../api/schemas/census';
import type { Change } from './changes';

export function checkIdentity(start: Set<number>, end: Set<number>, changes: Change[], names: (id: number) => string, year: number): CensusIdentity {
  const net = new Map<number, { added: Change[]; removed: Change[] }>();
  for (const c of changes) {
    let n = net.get(c.memberId);
    if (!n) net.set(c.memberId, (n = { added: [], removed: [] }));
    (c.added ? n.added : n.removed).push(c);
  }
  // Only a member with a change, or counted at one end and not the other, can break it.
  const suspects = new Set(net.keys());
  for (const id of start) if (!end.has(id)) suspects.add(id);
  for (const id of end) if (!start.has(id)) suspects.add(id);
  const breaks: CensusIdentity['breaks'] = [];
  const prev = `${year - 1}年末`;
  for (const id of [...suspects].sort((a, b) => a - b)) {
    const n = net.get(id) ?? { added: [], removed: [] };
    const expected = (end.has(id) ? 1 : 0) - (start.has(id) ? 1 : 0);
    if (n.added.length - n.removed.length === expected) continue;
    breaks.push({ memberId: id, name: names(id), reason: reasonOf(start.has(id), end.has(id), n.added, n.removed, prev) });
  }
  const added = changes.filter((c) => c.added).length;
  const removed = changes.length - added;
  return {
    start: start.size,
    added,
    removed,
    end: end.size,
    holds: breaks.length === 0 && start.size + added - removed === end.size,
    breaks: breaks.slice(0, 500),
    difference: null,
  };
}

const list = (cs: Change[]) => cs.map((c) => c.detail).join('、');

function reasonOf(inStart: boolean, inEnd: boolean, added: Change[], removed: Change[], prev: string): string {
  const records = [...added, ...removed].length ? `本年记录：${list([...added, ...removed])}` : '本年没有增减记录';
  if (!inStart && inEnd) return `年末在册，${prev}不在册，但${added.length ? '增减记录相抵' : '本年没有发展、转入或恢复党籍的记录'}（${records}）`;
  if (inStart && !inEnd)
    return `${prev}在册，年末不在册，但${removed.length ? '增减记录相抵' : '本年没有死亡、出党、取消预备党员资格、停止党籍或转出的记录'}（${records}）`;
  if (inStart && inEnd) return `${prev}和年末都在册，但本年增减不相抵（${records}）`;
  return `${prev}和年末都不在册，但本年增减不相抵（${records}）`;
}
