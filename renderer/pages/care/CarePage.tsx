import { useState } from 'react';
import { Card, InputNumber, Space, Tabs } from 'antd';
import { navigate, useHashRoute } from '../../useHashRoute';
import { CentersTab } from './CentersTab';
import { FlowsTab } from './FlowsTab';
import { HonorTab } from './HonorTab';
import { LostTab } from './LostTab';
import { VisitsTab } from './VisitsTab';

const TABS = [
  ['flows', '流动党员'],
  ['lost', '失联党员'],
  ['visits', '关怀慰问'],
  ['honor', '光荣在党50年'],
  ['centers', '党员中心户'],
] as const;

/** Tabs that are about one year: the others are registers as they stand. */
const YEARLY = new Set(['visits', 'honor']);

/** 党员关怀: the registers beside the roster (流动, 失联, 慰问, 纪念章, 中心户). Reminders only: no status changes here. */
export default function CarePage() {
  const route = useHashRoute();
  const tab = route.params.get('tab') ?? 'flows';
  const [year, setYear] = useState(Number(route.params.get('year')) || new Date().getFullYear());
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate('care', { tab: k, year: String(year) })}
        items={TABS.map(([key, label]) => ({ key, label: <span data-testid={`care-tab-${key}`}>{label}</span> }))}
        tabBarExtraContent={
          YEARLY.has(tab) && (
            <Space>
              年度 <InputNumber data-testid="care-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
            </Space>
          )
        }
      />
      {tab === 'flows' && <FlowsTab />}
      {tab === 'lost' && <LostTab />}
      {tab === 'visits' && <VisitsTab year={year} />}
      {tab === 'honor' && <HonorTab key={year} year={year} />}
      {tab === 'centers' && <CentersTab />}
    </Card>
  );
}
