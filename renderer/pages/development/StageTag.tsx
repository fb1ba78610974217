import { Tag } from 'antd';
import type { DevPersonRow } from '../../../api/schemas/development';

const COLORS: Record<string, string> = { 入党申请人: 'default', 入党积极分子: 'blue', 发展对象: 'purple', 预备党员: 'orange', 已转正: 'green' };

/** The stage derived from the person's records, or 已退出 once they left the pipeline. */
export function StageTag({ row }: { row: Pick<DevPersonRow, 'stage' | 'leftOn'> }) {
  if (row.leftOn) return <Tag data-testid="dev-stage-tag">已退出</Tag>;
  return (
    <Tag data-testid="dev-stage-tag" color={COLORS[row.stage]}>
      {row.stage}
    </Tag>
  );
}
