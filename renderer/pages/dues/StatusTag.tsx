import { Tag } from 'antd';

const COLORS: Record<string, string> = { 已交: 'green', 少交: 'orange', 未交: 'red', 免交: 'blue', 未核定: 'default' };

/** A month's 党费 status: 已交, 少交, 未交, 免交 or 未核定 (no base yet). */
export function StatusTag({ status }: { status: string }) {
  return <Tag color={COLORS[status] ?? 'default'}>{status}</Tag>;
}
