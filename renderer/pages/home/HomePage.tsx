import { Alert, Card, Col, Empty, List, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { navigate } from '../../useHashRoute';
import { useCall } from '../../useCall';
import { FiguresSection } from './FiguresSection';

function daysText(days: number): string {
  if (days < 0) return `已超期 ${-days} 天`;
  if (days === 0) return '今天到期';
  return `还有 ${days} 天`;
}

const openMember = (id: number) => navigate('members', { member: String(id) });
/** A large community has dozens of these a month: page them so the 首页 stays one screen. */
const PAGED = { pageSize: 6, size: 'small' as const, showSizeChanger: false, hideOnSinglePage: true };

export default function HomePage() {
  const { data, error } = useCall('home.reminders', {});
  if (error) return <Alert type="error" title={error.message} />;
  // The figures load in parallel with the reminders (keyed, so the same instance stays when
  // the reminders arrive and nothing is asked twice).
  if (!data)
    return (
      <div>
        <Skeleton active paragraph={{ rows: 6 }} />
        <FiguresSection key="figures" />
      </div>
    );
  const { counts } = data;

  return (
    <div>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {[
          ['在册党员', counts.members],
          ['其中预备党员', counts.probationary],
          ['党支部', counts.branches],
          ['党小组', counts.groups],
        ].map(([title, value]) => (
          <Col span={6} key={title}>
            <Card>
              <Statistic title={title} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Card title="预备期满提醒（30天内）" data-testid="reminders-probation">
            {data.probation.length === 0 ? (
              <Empty description="近期没有预备期满的党员" />
            ) : (
              <List
                dataSource={data.probation}
                pagination={PAGED}
                renderItem={(p) => (
                  <List.Item onClick={() => openMember(p.memberId)} style={{ cursor: 'pointer' }}>
                    <List.Item.Meta
                      title={
                        <>
                          {p.name} <Tag color={p.daysLeft < 0 ? 'red' : 'orange'}>{daysText(p.daysLeft)}</Tag>
                        </>
                      }
                      description={`${p.branchName}｜${p.extended ? '延长后' : ''}预备期满 ${p.dueOn}`}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col span={8}>
          <Card title={`本月政治生日（${Number(data.today.slice(5, 7))}月，${data.birthdaysTotal}人）`} data-testid="reminders-birthdays">
            {data.birthdays.length === 0 ? (
              <Empty description="本月没有党员过政治生日" />
            ) : (
              <List
                dataSource={data.birthdays}
                pagination={PAGED}
                footer={data.birthdaysTotal > data.birthdays.length ? `首页列出按日期最近的 ${data.birthdays.length} 人` : undefined}
                renderItem={(b) => (
                  <List.Item onClick={() => openMember(b.memberId)} style={{ cursor: 'pointer' }}>
                    <List.Item.Meta title={`${b.name}（入党 ${b.years} 周年）`} description={`${b.branchName}｜入党日期 ${b.joinedOn}`} />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col span={8}>
          <Card title="换届提醒（6个月内）" data-testid="reminders-terms">
            {data.terms.length === 0 ? (
              <Empty description="6个月内没有需要换届的组织" />
            ) : (
              <List
                dataSource={data.terms}
                pagination={PAGED}
                renderItem={(t) => (
                  <List.Item onClick={() => navigate('orgs', { org: String(t.orgId) })} style={{ cursor: 'pointer' }}>
                    <List.Item.Meta
                      title={
                        <>
                          {t.name} <Tag color={t.urgent ? 'red' : 'gold'}>{daysText(t.daysLeft)}</Tag>
                        </>
                      }
                      description={`${t.kind}｜本届任期届满 ${t.termEndsOn}`}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={12}>
          <Card title="三会一课：本期待开" data-testid="reminders-meetings-due" extra={<a onClick={() => navigate('meetings', { tab: 'compliance' })}>查看开展情况</a>}>
            {data.meetings.due.length === 0 ? (
              <Empty description="本期要求的会议都已召开" />
            ) : (
              <List
                size="small"
                dataSource={data.meetings.due}
                renderItem={(m) => <List.Item>{m.orgName}｜{m.type}｜{m.label}</List.Item>}
                footer={data.meetings.dueTotal > data.meetings.due.length ? `另有 ${data.meetings.dueTotal - data.meetings.due.length} 期，见“三会一课 → 开展情况”` : undefined}
              />
            )}
          </Card>
        </Col>
        <Col span={12}>
          <Card title={`三会一课：已逾期未开（${data.meetings.overdueTotal}期）`} data-testid="reminders-meetings-overdue">
            {data.meetings.overdue.length === 0 ? (
              <Empty description="今年没有逾期未开的会议" />
            ) : (
              <List
                size="small"
                dataSource={data.meetings.overdue}
                renderItem={(m) => (
                  <List.Item>
                    <Tag color="red">未开</Tag>
                    {m.orgName}｜{m.type}｜{m.label}
                  </List.Item>
                )}
                footer={data.meetings.overdueTotal > data.meetings.overdue.length ? `另有 ${data.meetings.overdueTotal - data.meetings.overdue.length} 期，见“三会一课 → 开展情况”` : undefined}
              />
            )}
          </Card>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        今天是 {data.today}。点击提醒可打开对应党员或组织。
      </Typography.Paragraph>
      <FiguresSection key="figures" />
    </div>
  );
}
