import { Alert, List, Table } from 'antd';
import type { CensusReport } from '../../../../api/schemas/census';

type Reported = NonNullable<CensusReport['reported']>;

/** A reported year shows what was reported; each figure the records now count differently is listed with the people behind it. */
export function ReportedPanel({ reported: r }: { reported: Reported }) {
  const when = `${r.madeAt.slice(0, 10)}${r.source === '封账' ? '年度封账' : '生成上报包'}`;
  if (r.changes.length === 0) {
    return (
      <Alert
        data-testid="census-reported"
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`本年度已于${when}上报，以下为上报数，现有记录与之一致。`}
      />
    );
  }
  return (
    <Alert
      data-testid="census-reported"
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={`本年度已于${when}上报，以下为上报数。上报后录入或更正的记录使${r.changes.length}项数字与现有记录不同，差异计入下一年度的“实有数与应有数之差”。`}
      description={
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            data-testid="census-reported-changes"
            dataSource={r.changes}
            columns={[
              { title: '统计表', dataIndex: 'table' },
              { title: '项目', dataIndex: 'label' },
              { title: '上报数', dataIndex: 'reported' },
              { title: '现记录', dataIndex: 'now' },
            ]}
          />
          {r.people.length > 0 && (
            <List
              size="small"
              data-testid="census-reported-people"
              dataSource={r.people}
              renderItem={(p) => (
                <List.Item style={{ padding: '2px 0' }}>
                  <b>{p.name}</b>：{p.reason}
                </List.Item>
              )}
            />
          )}
        </>
      }
    />
  );
}
