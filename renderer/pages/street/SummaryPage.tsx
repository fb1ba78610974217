import { Alert, Card, InputNumber, Select, Space, Tabs } from 'antd';
import { navigate, useHashRoute } from '../../useHashRoute';
import { AppraisalTab, DualTab, DuesTab, MembersTab } from './BasicTabs';
import { CensusTab } from './CensusTab';
import { MeetingsTab } from './MeetingsTab';
import { PointsTab } from './PointsTab';
import { RegistersTab } from './RegistersTab';
import type { StreetRegister } from '../../../api/streetRegisters';
import { quarterLabel, type Period } from './period';

const TABS = [
  ['members', '党员队伍'],
  ['meetings', '三会一课'],
  ['dual', '双报到'],
  ['points', '积分排名'],
  ['appraisal', '民主评议'],
  ['dues', '党费'],
  ['census', '党内统计'],
  ['registers', '登记名册'],
] as const;
/** Kept by the year only: their packages are the year's. */
const YEARLY = new Set<string>(['points', 'appraisal', 'census']);

/** 汇总: for a period, each measure with one row per community, the 合计, a chart and who has not reported. */
export default function SummaryPage() {
  const route = useHashRoute();
  const tab = route.params.get('tab') ?? 'members';
  const period: Period = {
    year: Number(route.params.get('year')) || new Date().getFullYear(),
    quarter: Number(route.params.get('quarter')) || null,
  };
  const go = (next: { tab?: string; year?: number; quarter?: number | null }) =>
    navigate('summary', {
      tab: next.tab ?? tab,
      year: String(next.year ?? period.year),
      quarter: String((next.quarter !== undefined ? next.quarter : period.quarter) ?? 0),
    });
  const yearly = YEARLY.has(tab);
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => go({ tab: k })}
        items={TABS.map(([key, label]) => ({ key, label: <span data-testid={`street-tab-${key}`}>{label}</span> }))}
        tabBarExtraContent={
          <Space>
            年度
            <InputNumber aria-label="年度" data-testid="street-year" min={2000} max={2100} value={period.year} onChange={(v) => v && go({ year: v })} />
            <Select
              aria-label="期间"
              data-testid="street-quarter"
              style={{ width: 120 }}
              value={period.quarter ?? 0}
              onChange={(q: number) => go({ quarter: q || null })}
              options={[{ value: 0, label: '全年' }, ...[1, 2, 3, 4].map((q) => ({ value: q, label: quarterLabel(q) }))]}
            />
          </Space>
        }
      />
      {yearly && period.quarter && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`积分、民主评议和党内统计按年度汇总，这里是${period.year}年全年的数字。`} />
      )}
      {tab === 'members' && <MembersTab period={period} />}
      {tab === 'meetings' && <MeetingsTab period={period} />}
      {tab === 'dual' && <DualTab period={period} />}
      {tab === 'points' && <PointsTab year={period.year} />}
      {tab === 'appraisal' && <AppraisalTab year={period.year} />}
      {tab === 'dues' && <DuesTab period={period} />}
      {tab === 'census' && <CensusTab year={period.year} />}
      {tab === 'registers' && (
        <RegistersTab
          period={period}
          register={(route.params.get('register') as StreetRegister | null) ?? 'honor'}
          onRegister={(r) => navigate('summary', { ...Object.fromEntries(route.params), register: r })}
        />
      )}
    </Card>
  );
}
