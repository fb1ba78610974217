import { Alert, List } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import type { CensusIdentity } from '../../../../api/schemas/census';

/** 年初 + 增加 − 减少 = 年末: a tick when it holds, else the difference and the records that cause it. */
export function IdentityLine({ identity: i }: { identity: CensusIdentity }) {
  // With last year reported, 年初 is its reported 年末 and the 实有数与应有数之差 joins the sum.
  const d = i.difference?.value ?? 0;
  const diff = d === 0 ? '' : ` ${d < 0 ? '−' : '+'} 差 ${Math.abs(d)} 人`;
  const equation = `年初 ${i.start} 人${diff} + 增加 ${i.added} 人 − 减少 ${i.removed} 人`;
  if (i.holds) {
    return (
      <div data-testid="census-identity" data-holds="true" style={{ marginBottom: 12 }}>
        <CheckCircleFilled style={{ color: '#389e0d', marginRight: 8 }} />
        {equation} = 年末 {i.end} 人，核对一致
      </div>
    );
  }
  const computed = i.start + d + i.added - i.removed;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="census-identity"
      data-holds="false"
      title={`${equation} = ${computed} 人，与年末 ${i.end} 人不符（相差 ${Math.abs(i.end - computed)} 人）`}
      description={
        i.breaks.length === 0 ? (
          '未找到造成差异的记录，请核对党员的变动记录。'
        ) : (
          <List
            size="small"
            data-testid="census-breaks"
            dataSource={i.breaks}
            renderItem={(b) => (
              <List.Item style={{ padding: '2px 0' }}>
                <b>{b.name}</b>：{b.reason}
              </List.Item>
            )}
          />
        )
      }
    />
  );
}
