import { useState } from 'react';
import { App, Button, Card, Checkbox, DatePicker, InputNumber, List, Progress, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CallInput, CallName } from '../../../api/contract';
import type { ExportedFile } from '../../../api/schemas/reports';
import type { Result } from '../../../api/result';
import { ROSTER_STAGES } from '../../../api/development';
import { client } from '../../api';
import { deliver } from '../../components/deliver';
import { useExport } from '../../components/useExport';
import { useLedgerQuery } from '../../useLedgerQuery';
import { CensusCard } from './census/CensusCard';
import PackageCard from './PackageCard';

type Scope = 'year' | 'Q1' | 'Q2' | 'Q3' | 'Q4';

/** 报表: every form the app makes, each with its options, and the year's whole 台账 in one workbook. */
export default function ReportsPage() {
  const { message } = App.useApp();
  const exporter = useExport();
  const orgs = useLedgerQuery('orgs.list', { includeClosed: false });
  const [year, setYear] = useState(new Date().getFullYear());
  const [mask, setMask] = useState(true);
  const [asOf, setAsOf] = useState(dayjs().format('YYYY-MM-DD'));
  const [branchId, setBranchId] = useState<number | null>(null);
  const [scope, setScope] = useState<Scope>('year');
  const [bookOrg, setBookOrg] = useState<number | null>(null);
  const [duesOrg, setDuesOrg] = useState<number | null>(null);
  const [duesMonth, setDuesMonth] = useState<string | null>(null);
  const [duesPeriod, setDuesPeriod] = useState<'月' | '季' | '年'>('季');
  const [noticeOrg, setNoticeOrg] = useState<number | null>(null);
  const [devStage, setDevStage] = useState<'入党申请人' | '入党积极分子' | '发展对象'>('入党积极分子');
  const [devOrg, setDevOrg] = useState<number | null>(null);
  const [careAsOf, setCareAsOf] = useState(dayjs().format('YYYY-MM-DD'));
  const [job, setJob] = useState<{ percent: number; step: string; skipped: string[] } | null>(null);
  const branches = (orgs.data ?? []).filter((o) => o.kind === '党支部' || o.kind === '联合党支部');
  const meetingOrgs = (orgs.data ?? []).filter((o) => o.kind !== '党委' && o.kind !== '党总支');

  const run = <K extends CallName>(key: string, name: K, input: CallInput<K>) =>
    exporter.run(key, () => client.call(name, input) as Promise<Result<ExportedFile>>);

  async function yearBook() {
    const started = await client.call('reports.yearBook', { year, maskIdNumbers: mask });
    if (!started.ok) return message.error(started.error.message);
    setJob({ percent: 0, step: '准备中', skipped: [] });
    for (;;) {
      await new Promise((r) => setTimeout(r, 300));
      const s = await client.call('reports.jobStatus', { jobId: started.value.jobId });
      if (!s.ok) return (setJob(null), message.error(s.error.message));
      setJob({ percent: Math.round((s.value.done / s.value.total) * 100), step: s.value.step, skipped: s.value.skipped });
      if (!s.value.finished) continue;
      if (s.value.error || !s.value.file) return (setJob(null), message.error(s.value.error ?? '生成失败'));
      message.success(await deliver(s.value.file));
      return;
    }
  }

  const forms: { key: string; title: string; note: string; options?: React.ReactNode; action: () => unknown }[] = [
    {
      key: 'roster',
      title: '党员花名册',
      note: '截至某日在册的党员，可只导出一个支部',
      options: (
        <Space>
          截至 <DatePicker allowClear={false} value={dayjs(asOf)} onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))} />
          <Select
            style={{ width: 180 }}
            value={branchId}
            onChange={setBranchId}
            options={[{ value: null, label: '全部支部' }, ...branches.map((b) => ({ value: b.id, label: b.name }))]}
          />
        </Space>
      ),
      action: () => run('roster', 'reports.roster', { asOf, branchId, maskIdNumbers: mask, maskPhones: mask }),
    },
    {
      key: 'stats',
      title: '三会一课开展情况统计表',
      note: '各支部各类会议应开、实开、完成率、平均出勤率',
      options: (
        <Select
          style={{ width: 120 }}
          value={scope}
          onChange={setScope}
          options={[{ value: 'year', label: '全年' }, ...[1, 2, 3, 4].map((q) => ({ value: `Q${q}`, label: `第${q}季度` }))]}
        />
      ),
      action: () => run('stats', 'reports.meetingStats', { year, scope }),
    },
    {
      key: 'book',
      title: '三会一课记录本',
      note: '一个组织全年的会议记录，每次一页',
      options: (
        <Select
          style={{ width: 220 }}
          placeholder="选择组织"
          value={bookOrg}
          onChange={setBookOrg}
          options={meetingOrgs.map((o) => ({ value: o.id, label: o.name }))}
        />
      ),
      action: () => (bookOrg ? run('book', 'reports.meetingBook', { orgId: bookOrg, year }) : message.warning('请先选择组织')),
    },
    {
      key: 'duesRegister',
      title: '党费收缴登记表',
      note: '一个支部全年（每月一栏）或某一个月（含交纳日期、收款人、收据编号）',
      options: (
        <Space>
          <Select
            style={{ width: 200 }}
            placeholder="选择党支部"
            value={duesOrg}
            onChange={setDuesOrg}
            options={branches.map((b) => ({ value: b.id, label: b.name }))}
          />
          <DatePicker
            picker="month"
            placeholder="全年"
            value={duesMonth ? dayjs(`${duesMonth}-01`) : null}
            onChange={(d) => setDuesMonth(d ? d.format('YYYY-MM') : null)}
          />
        </Space>
      ),
      action: () =>
        duesOrg
          ? run('duesRegister', 'reports.duesRegister', duesMonth ? { orgId: duesOrg, month: duesMonth } : { orgId: duesOrg, year })
          : message.warning('请先选择党支部'),
    },
    {
      key: 'duesStats',
      title: '党费收缴情况统计表',
      note: '各支部应交、实交、欠交人数和金额，上缴及结余',
      options: (
        <Select
          style={{ width: 120 }}
          value={duesPeriod}
          onChange={setDuesPeriod}
          options={[
            { value: '月', label: '按月' },
            { value: '季', label: '按季度' },
            { value: '年', label: '全年' },
          ]}
        />
      ),
      action: () => run('duesStats', 'reports.duesStats', { year, period: duesPeriod }),
    },
    {
      key: 'duesNotice',
      title: '党费收缴公示',
      note: '姓名和金额，用于张贴公示（不含身份证号）',
      options: (
        <Select
          style={{ width: 200 }}
          value={noticeOrg}
          onChange={setNoticeOrg}
          options={[{ value: null, label: '全部支部' }, ...branches.map((b) => ({ value: b.id, label: b.name }))]}
        />
      ),
      action: () => run('duesNotice', 'reports.duesNotice', { year, orgId: noticeOrg }),
    },
    {
      key: 'devRoster',
      title: '入党申请人/入党积极分子/发展对象花名册',
      note: '当前处于该阶段的人员，含确定日期、培养联系人或入党介绍人',
      options: (
        <Select style={{ width: 160 }} value={devStage} onChange={setDevStage} options={ROSTER_STAGES.map((s) => ({ value: s, label: `${s}花名册` }))} />
      ),
      action: () => run('devRoster', 'reports.devRoster', { stage: devStage, orgId: null }),
    },
    {
      key: 'devProgress',
      title: '发展党员工作进度表',
      note: '每人一行，申请、积极分子、发展对象、支部大会、审批、转正各环节日期',
      options: (
        <Select
          style={{ width: 200 }}
          value={devOrg}
          onChange={setDevOrg}
          options={[{ value: null, label: '全部支部' }, ...branches.map((b) => ({ value: b.id, label: b.name }))]}
        />
      ),
      action: () => run('devProgress', 'reports.devProgress', { orgId: devOrg }),
    },
    {
      key: 'devStats',
      title: '发展党员情况统计表',
      note: '各阶段人数、本年接收预备党员和转正人数，对照发展计划',
      action: () => run('devStats', 'reports.devStats', { year }),
    },
    {
      key: 'flowRegister',
      title: '流动党员登记表',
      note: '某日流出的党员（外出日期、流向、活动证编号、联系情况）和流入党员',
      options: <DatePicker allowClear={false} value={dayjs(careAsOf)} onChange={(d) => d && setCareAsOf(d.format('YYYY-MM-DD'))} />,
      action: () => run('flowRegister', 'reports.flowRegister', { asOf: careAsOf, maskPhones: mask }),
    },
    {
      key: 'careVisits',
      title: '关怀慰问登记表',
      note: '当年每次慰问（时机、慰问人、慰问金、物品、经费来源），作废的不计入合计',
      action: () => run('careVisits', 'reports.careVisits', { year }),
    },
    {
      key: 'honor50',
      title: '光荣在党50年党员名单',
      note: '截至当年7月1日党龄满50周年的党员和纪念章颁发日期',
      action: () => run('honor50', 'reports.honor50', { year }),
    },
    {
      key: 'centerHouseholds',
      title: '党员中心户联系表',
      note: '党员中心户联系的楼栋和住户（日期同流动党员登记表）',
      action: () => run('centerHouseholds', 'reports.centerHouseholds', { asOf: careAsOf, maskPhones: mask }),
    },
    { key: 'reg', title: '在职党员到社区报到登记表', note: '当年已报到的在职党员', action: () => run('reg', 'reports.dualRegistration', { year }) },
    { key: 'act', title: '双报到活动台账', note: '当年的双报到活动', action: () => run('act', 'reports.dualActivities', { year }) },
    { key: 'fb', title: '在职党员社区表现反馈表', note: '每个报到单位一张工作表，带盖章栏', action: () => run('fb', 'reports.dualFeedback', { year }) },
    {
      key: 'points',
      title: '党员积分汇总表',
      note: '基础分、各项加分、扣分、总分、排名、星级',
      action: () => run('points', 'reports.pointsSummary', { year }),
    },
    { key: 'stars', title: '评星定级结果表', note: '按支部列出星级', action: () => run('stars', 'reports.starResults', { year }) },
    {
      key: 'appraisal',
      title: '民主评议党员情况汇总表',
      note: '各支部汇总和每名党员的评定等次',
      action: () => run('appraisal', 'reports.appraisal', { year }),
    },
    { key: 'audit', title: '操作日志', note: '全部操作记录（不含个人信息）', action: () => run('audit', 'reports.audit', {}) },
  ];

  return (
    <div style={{ maxWidth: 1000 }}>
      <PackageCard defaultYear={year} />
      <Card style={{ marginBottom: 16 }}>
        <Space size="large" wrap>
          <span>
            年度 <InputNumber data-testid="reports-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          </span>
          <Checkbox checked={mask} onChange={(e) => setMask(e.target.checked)}>
            身份证号、电话部分隐藏（保留前6位和后4位）
          </Checkbox>
        </Space>
      </Card>
      <CensusCard year={year} onYearChange={setYear} />
      <Card
        title={`${year}年度台账`}
        style={{ marginBottom: 16 }}
        extra={
          <Button type="primary" data-testid="year-book" loading={job !== null && job.percent < 100} onClick={yearBook}>
            生成年度台账
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">
          把本年度的花名册、三会一课统计、双报到、党费、发展党员、流动与关怀、积分评星和民主评议汇总到一个工作簿，便于装订存档。
        </Typography.Paragraph>
        {job && (
          <div data-testid="year-book-progress">
            <Progress percent={job.percent} />
            <span>{job.step}</span>
            {job.skipped.length > 0 && <div style={{ color: '#888' }}>未包含：{job.skipped.join('；')}</div>}
          </div>
        )}
      </Card>
      <Card title="单项报表">
        <List
          dataSource={forms}
          renderItem={(f) => (
            <List.Item
              data-testid={`report-${f.key}`}
              actions={[
                <Button key="go" loading={exporter.busy === f.key} onClick={f.action}>
                  导出
                </Button>,
              ]}
            >
              <List.Item.Meta title={f.title} description={f.note} />
              {f.options}
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
