import { BarList } from '../../components/BarList';
import { Figure, Grid, Meter, Panel } from '../../components/plain/plain';
import { navigate } from '../../useHashRoute';
import { useLedgerQuery } from '../../useLedgerQuery';

const SHOWN_BRANCHES = 10;

/** 党员构成, this quarter's 三会一课 by branch, and the year's 双报到 totals. */
export function FiguresSection() {
  const { data } = useLedgerQuery('home.figures', {});
  if (!data) return null;
  const q = data.quarter;
  // A street has hundreds of branches: 首页 shows the ones furthest behind.
  const lowest = [...q.branches].sort((a, b) => a.held / a.required - b.held / b.required || a.orgId - b.orgId).slice(0, SHOWN_BRANCHES);
  const totalHeld = q.branches.reduce((n, b) => n + b.held, 0);
  const totalRequired = q.branches.reduce((n, b) => n + b.required, 0);
  return (
    <>
      <Grid columns={3}>
        <Panel title="党员按社区分类" small>
          <BarList data={data.byClass} testId="chart-class" />
        </Panel>
        <Panel title="党员年龄结构" small>
          <BarList data={data.byAge} color="#d4822a" testId="chart-age" />
        </Panel>
        <Panel title="党龄结构" small>
          <BarList data={data.byPartyYears} color="#3a7bd5" testId="chart-party-years" />
        </Panel>
      </Grid>
      <Grid columns={2}>
        <Panel
          title={`本季度三会一课开展情况（${q.period.replace('-Q', '年第')}季度）`}
          small
          extra={<a onClick={() => navigate('meetings', { tab: 'compliance' })}>查看详情</a>}
          testId="home-quarter"
        >
          {q.branches.length === 0 ? (
            <span style={{ color: '#888' }}>还没有党支部</span>
          ) : (
            <>
              {lowest.map((b) => (
                <div key={b.orgId} style={{ display: 'flex', alignItems: 'center', gap: 8, margin: '6px 0', fontSize: 13 }}>
                  <span style={{ width: 150, flex: 'none' }}>{b.orgName}</span>
                  <Meter percent={Math.round((b.held / b.required) * 100)} />
                  <span style={{ width: 90, textAlign: 'right', flex: 'none', color: '#555' }}>
                    已开 {b.held}/{b.required}
                  </span>
                </div>
              ))}
              {q.branches.length > lowest.length && (
                <div style={{ color: '#888', fontSize: 13, marginTop: 8 }} data-testid="home-quarter-more">
                  以上为完成比例最低的 {lowest.length} 个支部；全部 {q.branches.length} 个支部合计已开 {totalHeld}/{totalRequired}，其余见“查看详情”。
                </div>
              )}
            </>
          )}
        </Panel>
        <Panel title={`${data.dual.year}年双报到`} small extra={<a onClick={() => navigate('dual', { tab: 'figures' })}>查看详情</a>} testId="home-dual">
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }}>
            {(
              [
                ['报到单位', data.dual.units],
                ['在职党员', data.dual.members],
                ['开展活动', data.dual.activities],
                ['参加人次', data.dual.participations],
                ['服务时长', data.dual.hours],
                ['完成需求', data.dual.demandsCompleted],
              ] as const
            ).map(([title, value]) => (
              <Figure key={title} title={title} value={value} />
            ))}
          </div>
        </Panel>
      </Grid>
    </>
  );
}
