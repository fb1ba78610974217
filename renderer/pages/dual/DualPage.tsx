import { useState } from 'react';
import { Card, InputNumber, Tabs } from 'antd';
import { navigate, useHashRoute } from '../../useHashRoute';
import { ActivitiesTab } from './ActivitiesTab';
import { DemandsTab } from './DemandsTab';
import { FiguresTab } from './FiguresTab';
import { OnjobTab } from './OnjobTab';
import { UnitsTab } from './UnitsTab';

const TABS = [
  ['units', '报到单位'],
  ['onjob', '在职党员'],
  ['demands', '需求与微心愿'],
  ['activities', '活动'],
  ['figures', '年度统计与反馈'],
] as const;

export default function DualPage() {
  const route = useHashRoute();
  const tab = route.params.get('tab') ?? 'units';
  const [year, setYear] = useState(new Date().getFullYear());
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate('dual', { tab: k })}
        items={TABS.map(([key, label]) => ({ key, label: <span data-testid={`dual-tab-${key}`}>{label}</span> }))}
        tabBarExtraContent={
          <span>
            年度 <InputNumber data-testid="dual-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          </span>
        }
      />
      {tab === 'units' && <UnitsTab />}
      {tab === 'onjob' && <OnjobTab />}
      {tab === 'demands' && <DemandsTab />}
      {tab === 'activities' && <ActivitiesTab year={year} />}
      {tab === 'figures' && <FiguresTab year={year} />}
    </Card>
  );
}
