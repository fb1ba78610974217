import { Alert, Button, Spin } from 'antd';
import type { DevProgressFigures, QuotaFigure } from '../../../../api/schemas/streetPlan';
import { DEV_QUOTA_KEYS, DEV_QUOTA_LABEL } from '../../../../api/streetPlanKeys';
import { client } from '../../../api';
import { useExport } from '../../../components/useExport';
import { useLedgerQuery } from '../../../useLedgerQuery';
import { count, percent } from '../period';
import { StreetTable } from '../StreetTable';

const figure = (f: QuotaFigure) => `${count(f.done)} / ${f.plan === null ? '—' : count(f.plan)}（${percent(f.rate)}）`;

/** 发展党员计划完成情况: each community's 完成 (from its year package) against the street's plan, 合计 from sums. */
export function DevProgressTab({ year }: { year: number }) {
  const q = useLedgerQuery('street.devProgress', { year });
  const exporter = useExport();
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!q.data) return <Spin style={{ display: 'block', margin: 40 }} />;
  return (
    <div data-testid="street-dev-view">
      <div style={{ display: 'flex', marginBottom: 12 }}>
        <span style={{ flex: 1, color: '#888' }}>
          每格：完成 / 计划（完成率）。完成取自各社区{year}年度上报包；未报送：{q.data.notReported.map((c) => c.name).join('、') || '无'}。
        </span>
        <Button
          data-testid="street-dev-export"
          loading={exporter.busy === 'dev'}
          onClick={() => exporter.run('dev', () => client.call('street.exportDevProgress', { year }))}
        >
          导出发展党员计划完成情况汇总表
        </Button>
      </div>
      <StreetTable<DevProgressFigures>
        rows={q.data.rows}
        total={q.data.total}
        testId="street-dev"
        columns={DEV_QUOTA_KEYS.map((k) => ({ title: DEV_QUOTA_LABEL[k], value: (r) => figure(r[k]) }))}
      />
    </div>
  );
}
