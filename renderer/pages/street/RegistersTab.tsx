// 汇总 → 登记名册 (issue 30): the registers the communities' 上报包 carry — 光荣在党50年, 慰问, 失联,
// 流动党员, 换届 — one row per community and the server's 合计, the names behind them, and 导出.
// A package of an older version carries none: its row says 该包无此项 and is not in the 合计.
import type { ReactNode } from 'react';
import { Alert, Button, Segmented, Spin, Table, Tag } from 'antd';
import type { RegisterView } from '../../../api/schemas/streetRegisters';
import { FLOW_DIRECTIONS, NOT_IN_PACKAGE, STREET_LOST_STAGES, STREET_REGISTER_LABEL, type StreetRegister } from '../../../api/streetRegisters';
import type { CallError } from '../../../api/result';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useLedgerQuery } from '../../useLedgerQuery';
import { count, yuan, type Period } from './period';
import { StreetTable, type Column } from './StreetTable';

const TITLES: Record<StreetRegister, string> = { honor: '光荣在党50年', care: '关怀慰问', lost: '失联党员', flows: '流动党员', terms: '换届提醒' };

interface NameColumn<N> {
  title: string;
  value: (n: N & { community: string }) => ReactNode;
}

interface PanelProps<R, N> {
  register: StreetRegister;
  period: Period;
  data: RegisterView<R, N> | undefined;
  error: CallError | null;
  columns: Column<R>[];
  names?: NameColumn<N>[];
  note?: string;
}

function RegisterPanel<R, N>({ register, period, data, error, columns, names, note }: PanelProps<R, N>) {
  const exporter = useExport();
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!data) return <Spin style={{ display: 'block', margin: 40 }} />;
  const testId = `street-register-${register}`;
  // A row whose package predates the registers shows 该包无此项 in place of its figures.
  const shown: Column<R>[] = columns.map((c, i) => ({
    ...c,
    value: (r: R) => ((r as { absent?: boolean }).absent ? i === 0 ? <Tag>{NOT_IN_PACKAGE}</Tag> : '' : c.value(r)),
  }));
  return (
    <div data-testid={`${testId}-view`}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginBottom: 12 }}>
        {note && <span style={{ color: '#888' }}>{note}</span>}
        <span style={{ flex: 1 }} />
        <Button
          data-testid={`${testId}-export`}
          loading={exporter.busy === register}
          onClick={() => exporter.run(register, () => client.call('street.exportRegister', { ...period, register }))}
        >
          导出{STREET_REGISTER_LABEL[register]}
        </Button>
      </div>
      <StreetTable rows={data.rows} total={data.total} columns={shown} testId={testId} />
      {data.notReported.length > 0 && (
        <div style={{ marginTop: 8 }} data-testid={`${testId}-missing`}>
          未上报：{data.notReported.map((c) => c.name).join('、')}
        </div>
      )}
      {names && (
        <>
          <h4 style={{ margin: '16px 0 8px' }}>名单（{data.names.length}）</h4>
          <Table
            data-testid={`${testId}-names`}
            size="small"
            bordered
            rowKey={(_, i) => String(i)}
            dataSource={data.names}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '社区', dataIndex: 'community' },
              ...names.map((c, i) => ({ key: String(i), title: c.title, render: (_: unknown, n: N & { community: string }) => c.value(n) })),
            ]}
          />
        </>
      )}
    </div>
  );
}

function HonorPanel({ period }: { period: Period }) {
  const q = useLedgerQuery('street.honor', period);
  return (
    <RegisterPanel
      register="honor"
      period={period}
      data={q.data}
      error={q.error}
      note="截至当年7月1日党龄满50年的在册正式党员；待核对：入党满50年但无转正日期。"
      columns={[
        { title: '名单人数', value: (r) => count(r.listed) },
        { title: '已颁发纪念章', value: (r) => count(r.presented) },
        { title: '待核对', value: (r) => count(r.toCheck) },
      ]}
      names={[
        { title: '姓名', value: (n) => n.name },
        { title: '性别', value: (n) => n.gender },
        { title: '公民身份号码', value: (n) => n.idNumber ?? '' },
        { title: '所在党支部', value: (n) => n.branchName },
        { title: '入党日期', value: (n) => n.joinedOn },
        { title: '党龄起算日', value: (n) => n.partyFrom ?? '' },
        { title: '党龄', value: (n) => (n.toCheck ? `入党${n.partyYears}年` : n.partyYears) },
        { title: '纪念章', value: (n) => n.presentedOn ?? '' },
        { title: '备注', value: (n) => (n.toCheck ? <Tag color="orange">待核对</Tag> : '') },
      ]}
    />
  );
}

function CarePanel({ period }: { period: Period }) {
  const q = useLedgerQuery('street.care', period);
  const occasions = q.data?.total.occasions.map((o) => o.occasion) ?? [];
  return (
    <RegisterPanel
      register="care"
      period={period}
      data={q.data}
      error={q.error}
      note="人次为慰问记录条数（作废的不计），金额单位元。"
      columns={[
        ...occasions.flatMap((o, i) => [
          { title: `${o}人次`, value: (r: { occasions: { visits: number }[] }) => count(r.occasions[i].visits) },
          { title: `${o}金额`, value: (r: { occasions: { moneyFen: number }[] }) => yuan(r.occasions[i].moneyFen) },
        ]),
        { title: '合计人次', value: (r) => count(r.visits) },
        { title: '合计金额', value: (r) => yuan(r.moneyFen) },
      ]}
    />
  );
}

function LostPanel({ period }: { period: Period }) {
  const q = useLedgerQuery('street.lost', period);
  return (
    <RegisterPanel
      register="lost"
      period={period}
      data={q.data}
      error={q.error}
      note="阶段为提醒，处置以党组织决定为准。"
      columns={[
        { title: '失联党员', value: (r) => count(r.total) },
        ...STREET_LOST_STAGES.map((s, i) => ({ title: s, value: (r: { stages: number[] }) => count(r.stages[i]) })),
      ]}
      names={[
        { title: '姓名', value: (n) => n.name },
        { title: '所在党支部', value: (n) => n.branchName },
        { title: '失联日期', value: (n) => n.lostOn },
        { title: '可停止党籍日期', value: (n) => n.suspendFrom },
        { title: '当前阶段', value: (n) => n.stage },
      ]}
    />
  );
}

function FlowsPanel({ period }: { period: Period }) {
  const q = useLedgerQuery('street.flows', period);
  return (
    <RegisterPanel
      register="flows"
      period={period}
      data={q.data}
      error={q.error}
      note="流出党员的流向以登记流出时选定的为准；未选定的按流向地点与社区所在省、市判定（各社区在系统设置“流动党员流向判定”中填写，未填写或无法判定的为未定）。"
      columns={[
        { title: '流出', value: (r) => count(r.out) },
        ...FLOW_DIRECTIONS.map((d, i) => ({ title: `流出${d}`, value: (r: { outBy: number[] }) => count(r.outBy[i]) })),
        { title: '流入', value: (r) => count(r.in) },
        ...FLOW_DIRECTIONS.map((d, i) => ({ title: `流入${d}`, value: (r: { inBy: number[] }) => count(r.inBy[i]) })),
      ]}
      names={[
        { title: '类别', value: (n) => n.kind },
        { title: '姓名', value: (n) => n.name },
        { title: '所在党支部', value: (n) => n.branchName },
        { title: '外出/流入日期', value: (n) => n.since },
        { title: '流向地点/来自', value: (n) => n.place },
        { title: '流向', value: (n) => n.direction },
      ]}
    />
  );
}

function TermsPanel({ period }: { period: Period }) {
  const q = useLedgerQuery('street.terms', period);
  return (
    <RegisterPanel
      register="terms"
      period={period}
      data={q.data}
      error={q.error}
      note="届满日期在截至日期后6个月内（含已届满）的党组织。"
      columns={[
        { title: '半年内届满', value: (r) => count(r.due) },
        { title: '已届满', value: (r) => count(r.overdue) },
      ]}
      names={[
        { title: '党组织', value: (n) => n.orgName },
        { title: '类别', value: (n) => n.kind },
        { title: '届满日期', value: (n) => n.termEndsOn },
        { title: '状态', value: (n) => (n.overdue ? <Tag color="red">已届满</Tag> : '即将届满') },
      ]}
    />
  );
}

export function RegistersTab({ period, register, onRegister }: { period: Period; register: StreetRegister; onRegister: (r: StreetRegister) => void }) {
  return (
    <>
      <Segmented<StreetRegister>
        data-testid="street-register-picker"
        style={{ marginBottom: 12 }}
        value={register}
        onChange={onRegister}
        options={(Object.keys(TITLES) as StreetRegister[]).map((k) => ({ value: k, label: <span data-testid={`street-register-${k}`}>{TITLES[k]}</span> }))}
      />
      {register === 'honor' && <HonorPanel period={period} />}
      {register === 'care' && <CarePanel period={period} />}
      {register === 'lost' && <LostPanel period={period} />}
      {register === 'flows' && <FlowsPanel period={period} />}
      {register === 'terms' && <TermsPanel period={period} />}
    </>
  );
}
