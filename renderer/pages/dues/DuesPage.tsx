import { useState } from 'react';
import { Alert, Card, InputNumber, Space, Tabs } from 'antd';
import { navigate, useHashRoute } from '../../useHashRoute';
import { useLedgerQuery } from '../../useLedgerQuery';
import { ArrearsTab } from './ArrearsTab';
import { BasesTab } from './BasesTab';
import { YearExports } from './DuesExports';
import { HandoversTab } from './HandoversTab';
import { MonthTab } from './MonthTab';
import { OpeningPrompt } from './OpeningModal';
import { SchemeTab } from './SchemeTab';

const TABS = [
  ['month', '月度收缴'],
  ['bases', '基数核定'],
  ['arrears', '欠费'],
  ['handovers', '上缴'],
  ['scheme', '收缴方案'],
] as const;

/** 党费: one year at a time, from the scheme and the bases to the month's collection and 上缴. */
export default function DuesPage() {
  const route = useHashRoute();
  const tab = route.params.get('tab') ?? 'month';
  const [year, setYear] = useState(Number(route.params.get('year')) || new Date().getFullYear());
  const status = useLedgerQuery('years.status', {});
  const closed = status.data?.closedYears.includes(year) ?? false;
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate('dues', { tab: k, year: String(year) })}
        items={TABS.map(([key, label]) => ({ key, label: <span data-testid={`dues-tab-${key}`}>{label}</span> }))}
        tabBarExtraContent={
          <Space>
            <span>
              年度 <InputNumber data-testid="dues-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
            </span>
            <YearExports year={year} />
            <OpeningPrompt placement="button" closed={closed} />
          </Space>
        }
      />
      <OpeningPrompt placement="card" closed={closed} />
      {closed && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          data-testid="dues-closed-banner"
          title={`${year}年度已封账：党费方案、基数、交纳和上缴记录只读。`}
        />
      )}
      {tab === 'month' && <MonthTab year={year} closed={closed} />}
      {tab === 'bases' && <BasesTab year={year} closed={closed} />}
      {tab === 'arrears' && <ArrearsTab year={year} />}
      {tab === 'handovers' && <HandoversTab year={year} closed={closed} />}
      {tab === 'scheme' && <SchemeTab year={year} closed={closed} />}
    </Card>
  );
}
