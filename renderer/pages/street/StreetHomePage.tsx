import { EmptyNote, Figure, Grid, ListItem, PagedList, Panel, Placeholder } from '../../components/plain/plain';
import { navigate } from '../../useHashRoute';
import { useLedgerQuery } from '../../useLedgerQuery';
import { currentPeriods, periodLabel, type Period } from './period';

/** Who has reported for one period: counts and the communities still missing. */
function PeriodPanel({ period, testId }: { period: Period; testId: string }) {
  const { data, error } = useLedgerQuery('street.members', period);
  const title = `${periodLabel(period)}上报情况`;
  if (error)
    return (
      <Panel title={title} testId={testId}>
        <div role="alert" className="plain-error">
          {error.message}
        </div>
      </Panel>
    );
  if (!data)
    return (
      <Panel title={title} testId={testId}>
        <Placeholder lines={3} />
      </Panel>
    );
  const open = () => navigate('summary', { year: String(period.year), quarter: String(period.quarter ?? 0) });
  return (
    <Panel title={title} testId={testId} extra={<a onClick={open}>查看汇总</a>}>
      <Grid columns={3}>
        <Figure title="已上报社区" value={data.rows.length} />
        <Figure title="未上报社区" value={data.notReported.length} />
        <Figure title="已上报社区党员" value={data.total.total} />
      </Grid>
      {data.rows.some((r) => r.early || !r.signed) && (
        <p className="plain-note" data-testid={`${testId}-marks`}>
          {[
            data.rows.some((r) => r.early) &&
              `期末前生成（非全期数据）：${data.rows
                .filter((r) => r.early)
                .map((r) => `${r.community}（截至${r.asOf}）`)
                .join('、')}`,
            data.rows.some((r) => !r.signed) &&
              `未签名：${data.rows
                .filter((r) => !r.signed)
                .map((r) => r.community)
                .join('、')}`,
          ]
            .filter(Boolean)
            .join('；')}
        </p>
      )}
      <div style={{ marginTop: 16, fontWeight: 500 }}>未上报的社区</div>
      {data.notReported.length === 0 ? (
        <EmptyNote>{data.rows.length === 0 ? '还没有社区，先到“社区”页添加或直接导入上报包' : '各社区都已上报'}</EmptyNote>
      ) : (
        <PagedList
          small
          items={data.notReported}
          itemKey={(c) => c.id}
          pageSize={8}
          testId={`${testId}-missing`}
          render={(c) => <ListItem>{c.name}</ListItem>}
        />
      )}
    </Panel>
  );
}

/** 街道 mode's 首页: this year's and this quarter's reporting at a glance. */
export default function StreetHomePage() {
  const { year, quarter } = currentPeriods();
  return (
    <div>
      <Grid columns={2}>
        <PeriodPanel period={year} testId="street-home-year" />
        <PeriodPanel period={quarter} testId="street-home-quarter" />
      </Grid>
      <p className="plain-note">
        各社区在“报表 → 生成上报包”导出文件，通过U盘或内网邮件交来；在“<a onClick={() => navigate('packages')}>上报包</a>
        ”页导入后，“汇总”页按社区列出各项数字和合计。
      </p>
    </div>
  );
}
