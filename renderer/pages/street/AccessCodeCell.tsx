import { Button, Typography } from 'antd';
import type { StreetCommunity } from '../../../api/schemas/street';
import { useLedgerMutation } from '../../useLedgerMutation';

/**
 * A community's 接入码: given once (the same ever after), shown to copy and hand over; the community
 * types or pastes it into its 系统设置, and its packages are signed with it (docs/package.md).
 */
export function AccessCodeCell({ community }: { community: StreetCommunity }) {
  const issue = useLedgerMutation('street.issueAccessCode');
  if (community.accessCode) {
    return (
      <Typography.Text copyable={{ text: community.accessCode, tooltips: ['复制接入码', '已复制'] }} code data-testid={`street-access-code-${community.name}`}>
        {community.accessCode}
      </Typography.Text>
    );
  }
  if (community.closedOn) return <span style={{ color: '#888' }}>—</span>;
  return (
    <Button size="small" data-testid={`street-access-issue-${community.name}`} loading={issue.busy} onClick={() => void issue.call({ id: community.id })}>
      发放接入码
    </Button>
  );
}
