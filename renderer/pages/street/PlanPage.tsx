import { Card, InputNumber, Space, Tabs } from 'antd';
import { navigate, useHashRoute } from '../../useHashRoute';
import { DevProgressTab } from './plan/DevProgressTab';
import { DownTab } from './plan/DownTab';
import { DuesCheckTab } from './plan/DuesCheckTab';
import { DuesMonthTab } from './plan/DuesMonthTab';
import { MeetingsMonthTab } from './plan/MeetingsMonthTab';

const TABS = [
  ['down', '计划与下发'],
  ['dev', '发展党员完成情况'],
  ['dues', '党费到账核对'],
  ['duesMonth', '党费月报'],
  ['meetingsMonth', '三会一课月报'],
] as const;

/** 计划与核对 (issue 30): what the street sends down (发展计划, 报送期限, 下发文件) and checks coming up. */
export default function PlanPage() {
  const route = useHashRoute();
  const tab = route.params.get('tab') ?? 'down';
  const year = Number(route.params.get('year')) || new Date().getFullYear();
  const go = (next: { tab?: string; year?: number }) => navigate('plan', { tab: next.tab ?? tab, year: String(next.year ?? year) });
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => go({ tab: k })}
        items={TABS.map(([key, label]) => ({ key, label: <span data-testid={`street-plan-tab-${key}`}>{label}</span> }))}
        tabBarExtraContent={
          <Space>
            年度
            <InputNumber aria-label="年度" data-testid="street-plan-year" min={2000} max={2100} value={year} onChange={(v) => v && go({ year: v })} />
          </Space>
        }
      />
      {tab === 'down' && <DownTab year={year} />}
      {tab === 'dev' && <DevProgressTab year={year} />}
      {tab === 'dues' && <DuesCheckTab year={year} />}
      {tab === 'duesMonth' && <DuesMonthTab year={year} />}
      {tab === 'meetingsMonth' && <MeetingsMonthTab year={year} />}
    </Card>
  );
}
