import { Card, Tabs } from 'antd';
import { navigate, useHashRoute } from '../../useHashRoute';
import { PersonDrawer } from './PersonDrawer';
import { PlanTab } from './PlanTab';
import { RegisterTab } from './RegisterTab';
import { StepsTab } from './StepsTab';

const TABS = [
  ['register', '发展名册'],
  ['plan', '发展计划'],
  ['steps', '环节设置'],
] as const;

/** 发展党员: the people in the pipeline by stage, each with their file, and the year's 发展计划. */
export default function DevelopmentPage() {
  const route = useHashRoute();
  const tab = route.params.get('tab') ?? 'register';
  const personId = Number(route.params.get('person')) || null;
  const open = (id: number | null) => navigate('development', id ? { tab, person: String(id) } : { tab });
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate('development', { tab: k })}
        items={TABS.map(([key, label]) => ({ key, label: <span data-testid={`dev-tab-${key}`}>{label}</span> }))}
      />
      {tab === 'register' && <RegisterTab onOpen={open} />}
      {tab === 'plan' && <PlanTab />}
      {tab === 'steps' && <StepsTab />}
      <PersonDrawer personId={personId} onClose={() => open(null)} />
    </Card>
  );
}
