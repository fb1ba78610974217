import { useState } from 'react';
import { Alert, Card, InputNumber, Tabs } from 'antd';
import { navigate, useHashRoute } from '../../useHashRoute';
import { useLedgerQuery } from '../../useLedgerQuery';
import { AppraisalTab } from './AppraisalTab';
import { ClosingTab } from './ClosingTab';
import { RulesTab } from './RulesTab';
import { StandingsTab } from './StandingsTab';

const TABS = [
  ['standings', '积分与星级'],
  ['rules', '积分规则'],
  ['appraisal', '民主评议'],
  ['closing', '年度封账'],
] as const;

/** 积分, 评星定级, 民主评议 and 年度封账: one year at a time. */
export default function PointsPage() {
  const route = useHashRoute();
  const tab = route.params.get('tab') ?? 'standings';
  const [year, setYear] = useState(Number(route.params.get('year')) || new Date().getFullYear());
  const status = useLedgerQuery('years.status', {});
  const closed = status.data?.closedYears.includes(year) ?? false;
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate('points', { tab: k })}
        items={TABS.map(([key, label]) => ({ key, label: <span data-testid={`points-tab-${key}`}>{label}</span> }))}
        tabBarExtraContent={
          <span>
            年度 <InputNumber data-testid="points-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          </span>
        }
      />
      {closed && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          data-testid="year-closed-banner"
          title={`${year}年度已封账：会议、活动、积分和评议记录只读。`}
        />
      )}
      {tab === 'standings' && <StandingsTab year={year} closed={closed} />}
      {tab === 'rules' && <RulesTab year={year} closed={closed} />}
      {tab === 'appraisal' && <AppraisalTab year={year} closed={closed} />}
      {tab === 'closing' && <ClosingTab year={year} />}
    </Card>
  );
}
