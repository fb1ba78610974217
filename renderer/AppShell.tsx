import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import './components/plain/shell.css';
import AccountBookOutlined from '@ant-design/icons-svg/es/asn/AccountBookOutlined';
import ApartmentOutlined from '@ant-design/icons-svg/es/asn/ApartmentOutlined';
import CalendarOutlined from '@ant-design/icons-svg/es/asn/CalendarOutlined';
import FileExcelOutlined from '@ant-design/icons-svg/es/asn/FileExcelOutlined';
import FlagOutlined from '@ant-design/icons-svg/es/asn/FlagOutlined';
import HeartOutlined from '@ant-design/icons-svg/es/asn/HeartOutlined';
import HomeOutlined from '@ant-design/icons-svg/es/asn/HomeOutlined';
import SettingOutlined from '@ant-design/icons-svg/es/asn/SettingOutlined';
import StarOutlined from '@ant-design/icons-svg/es/asn/StarOutlined';
import TeamOutlined from '@ant-design/icons-svg/es/asn/TeamOutlined';
import BankOutlined from '@ant-design/icons-svg/es/asn/BankOutlined';
import InboxOutlined from '@ant-design/icons-svg/es/asn/InboxOutlined';
import BarChartOutlined from '@ant-design/icons-svg/es/asn/BarChartOutlined';
import UsergroupAddOutlined from '@ant-design/icons-svg/es/asn/UsergroupAddOutlined';
import ScheduleOutlined from '@ant-design/icons-svg/es/asn/ScheduleOutlined';
import { PlainIcon } from './components/plain/PlainIcon';
import { useHashRoute } from './useHashRoute';
import { useLedgerQuery } from './useLedgerQuery';
import { client, LOCKED_EVENT } from './transport';
import { HelpButton } from './help/HelpButton';
import { helpKey } from './help/helpKey';

import HomePage from './pages/home/HomePage';
import StreetHomePage from './pages/street/StreetHomePage';

// Pages load when first opened, so the first paint carries only the shell and 首页 (the
// first screen: loading it lazily cost a round trip after the shell's JavaScript ran).
// The recovery page and the lock screen are rare, and bring antd's Table and Form with them.
// antd (provider, locale, stylesheet) loads with the first page that uses it: 首页 does not.
const loadAntd = () => import('./AntdRoot');
const AntdRoot = lazy(loadAntd);
const loadRecovery = () => import('./pages/RecoveryPage').then((m) => ({ default: m.RecoveryPage }));
const loadLockScreen = () => import('./components/LockScreen').then((m) => ({ default: m.LockScreen }));
const RecoveryPage = lazy(loadRecovery);
const LockScreen = lazy(loadLockScreen);
type PageCode = () => Promise<{ default: ComponentType }>;
type Pages = Record<string, { label: string; icon: ReactNode; load?: PageCode; render: () => ReactNode }>;

/** A page of the nav that uses antd: loaded when first opened (`load` also starts it early). */
function antdPage(label: string, icon: ReactNode, load: PageCode) {
  const Page = lazy(load);
  return { label, icon, load, render: () => <Page /> };
}

const PAGES: Pages = {
  home: { label: '首页', icon: <PlainIcon icon={HomeOutlined} />, render: () => <HomePage /> },
  orgs: antdPage('党组织', <PlainIcon icon={ApartmentOutlined} />, () => import('./pages/orgs/OrgsPage')),
  members: antdPage('党员', <PlainIcon icon={TeamOutlined} />, () => import('./pages/members/MembersPage')),
  meetings: antdPage('三会一课', <PlainIcon icon={CalendarOutlined} />, () => import('./pages/meetings/MeetingsPage')),
  dual: antdPage('双报到', <PlainIcon icon={HeartOutlined} />, () => import('./pages/dual/DualPage')),
  care: antdPage('流动与关怀', <PlainIcon icon={UsergroupAddOutlined} />, () => import('./pages/care/CarePage')),
  dues: antdPage('党费', <PlainIcon icon={AccountBookOutlined} />, () => import('./pages/dues/DuesPage')),
  development: antdPage('发展党员', <PlainIcon icon={FlagOutlined} />, () => import('./pages/development/DevelopmentPage')),
  points: antdPage('积分评议', <PlainIcon icon={StarOutlined} />, () => import('./pages/points/PointsPage')),
  reports: antdPage('报表', <PlainIcon icon={FileExcelOutlined} />, () => import('./pages/reports/ReportsPage')),
  settings: antdPage('系统设置', <PlainIcon icon={SettingOutlined} />, () => import('./pages/settings/SettingsPage')),
};

/** A street ledger (街道党工委) keeps no roster of its own: its communities, their packages and the sums. */
const STREET_PAGES: Pages = {
  home: { label: '首页', icon: <PlainIcon icon={HomeOutlined} />, render: () => <StreetHomePage /> },
  communities: antdPage('社区', <PlainIcon icon={BankOutlined} />, () => import('./pages/street/CommunitiesPage')),
  packages: antdPage('上报包', <PlainIcon icon={InboxOutlined} />, () => import('./pages/street/PackagesPage')),
  summary: antdPage('汇总', <PlainIcon icon={BarChartOutlined} />, () => import('./pages/street/SummaryPage')),
  plan: antdPage('计划与核对', <PlainIcon icon={ScheduleOutlined} />, () => import('./pages/street/PlanPage')),
  settings: PAGES.settings,
};

/**
 * A page that uses antd, under antd's provider; both load when first needed. The page's own
 * code is asked for here, beside antd's: inside the provider it would wait for antd first.
 */
function WithAntd({ load, children }: { load: () => Promise<unknown>; children: ReactNode }) {
  void load();
  return (
    <Suspense fallback={<div className="shell-loading">正在加载…</div>}>
      <AntdRoot>{children}</AntdRoot>
    </Suspense>
  );
}

export function AppShell() {
  const route = useHashRoute();
  const settings = useLedgerQuery('settings.get', {});
  const kind = useLedgerQuery('street.kind', {});
  const street = kind.data?.kind === '街道';
  const pages = street ? STREET_PAGES : PAGES;
  const page = pages[route.page] ? route.page : 'home';
  const info = useLedgerQuery('app.info', {});
  const lock = useLedgerQuery('lock.status', {});
  const [locked, setLocked] = useState(false);
  useEffect(() => setLocked(lock.data?.locked ?? false), [lock.data]);
  useEffect(() => {
    const onLocked = () => setLocked(true);
    window.addEventListener(LOCKED_EVENT, onLocked);
    return () => window.removeEventListener(LOCKED_EVENT, onLocked);
  }, []);
  // The page hides itself after the idle time too; the host enforces it on the next call anyway.
  useEffect(() => {
    if (!lock.data?.enabled) return;
    let timer = 0;
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void client.call('lock.lockNow', {}).then(() => setLocked(true)), lock.data!.idleMinutes * 60_000);
    };
    reset();
    const events = ['mousemove', 'keydown', 'mousedown', 'wheel'];
    events.forEach((e) => window.addEventListener(e, reset));
    return () => {
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, reset));
    };
  }, [lock.data]);
  // With 首页 up, antd comes in the background, so the first page opened from it shows at once.
  useEffect(() => {
    const timer = window.setTimeout(() => void loadAntd(), 2000);
    return () => window.clearTimeout(timer);
  }, []);
  // A street ledger's name is its 街道名称 (the field a community calls 所属街道).
  const unitName = street ? settings.data?.streetName : settings.data?.communityName;
  if (info.data?.damaged)
    return (
      <WithAntd load={loadRecovery}>
        <RecoveryPage damaged={info.data.damaged} />
      </WithAntd>
    );
  if (locked)
    return (
      <WithAntd load={loadLockScreen}>
        <LockScreen operator={lock.data?.operator ?? null} onUnlocked={() => setLocked(false)} />
      </WithAntd>
    );

  // The shell is plain markup (components/plain): antd's Layout, Menu and Typography cost the
  // first paint their setup on every start, for a list of nine links and a title.
  return (
    <div className="shell">
      <aside className="shell-side">
        <div className="shell-brand">社区党务台账</div>
        <nav>
          {Object.entries(pages).map(([key, p]) => (
            <a key={key} href={`#/${key}`} className={key === page ? 'shell-nav current' : 'shell-nav'} aria-current={key === page ? 'page' : undefined}>
              {p.icon}
              <span data-testid={`nav-${key}`}>{p.label}</span>
            </a>
          ))}
        </nav>
      </aside>
      <div className="shell-main">
        <header className="shell-header">
          <strong data-testid="shell-unit">{unitName || (street ? '未设置街道名称' : '未设置社区名称')}</strong>
          {!unitName && <a href="#/settings">去系统设置填写</a>}
          <HelpButton key={helpKey(page, street)} helpKey={helpKey(page, street)} />
        </header>
        <main className="shell-content">{pages[page].load ? <WithAntd load={pages[page].load}>{pages[page].render()}</WithAntd> : pages[page].render()}</main>
      </div>
    </div>
  );
}
