import { useState } from 'react';
import { Alert, Button, Card, Empty, InputNumber, Space, Spin } from 'antd';
import { coverageForYear } from '../../../../api/rules/coverage';
import type { CensusFigure, CensusTable } from '../../../../api/schemas/census';
import { client } from '../../../api';
import { useExport } from '../../../components/useExport';
import { useLedgerQuery } from '../../../useLedgerQuery';
import { CensusTableCard } from './CensusTableCard';
import { DifferencePanel } from './DifferencePanel';
import { IdentityLine } from './IdentityLine';
import { PeopleDrawer } from './PeopleDrawer';
import { ReportedPanel } from './ReportedPanel';
import { asOfText } from './format';

/** 党内统计: the year-end figures as of 12-31 (today while the year runs), their check, the people behind each, the 年报. */
export function CensusCard({ year, onYearChange }: { year: number; onYearChange: (year: number) => void }) {
  // The figures must belong to the year picked: an old year's answer must not stand in for it.
  const report = useLedgerQuery('census.report', { year }, { keepPrevious: false });
  const exporter = useExport();
  const [drill, setDrill] = useState<{ table: CensusTable; figure: CensusFigure } | null>(null);
  const r = report.data;
  const start = useLedgerQuery('settings.ledgerStart', {});
  const coverage = coverageForYear(start.data, year);

  return (
    <Card
      title="党内统计"
      style={{ marginBottom: 16 }}
      data-testid="census-card"
      extra={
        <Space>
          统计年度
          <InputNumber data-testid="census-year" min={2000} max={2100} value={year} onChange={(v) => v && onYearChange(v)} />
          <Button
            type="primary"
            data-testid="census-export"
            loading={exporter.busy === 'census'}
            onClick={() => exporter.run('census', () => client.call('reports.census', { year }))}
          >
            导出党内统计年报
          </Button>
        </Space>
      }
    >
      {report.error && <Alert type="error" showIcon title={report.error.message} />}
      {report.isLoading && <Spin style={{ display: 'block', margin: 24 }} />}
      {r && (
        <>
          <div data-testid="census-asof" style={{ color: '#888', marginBottom: 8 }}>
            {asOfText(r.year, r.asOf)}。点击蓝色数字可查看名单{r.reported ? '（按现有记录列出，可能与上报数不同）' : ''}。
          </div>
          {r.reported && <ReportedPanel reported={r.reported} />}
          {coverage && (
            <div data-testid="census-coverage" style={{ color: '#888', marginBottom: 8 }}>
              本台账{coverage}。
            </div>
          )}
          <IdentityLine identity={r.identity} />
          {r.identity.difference && <DifferencePanel key={`${year}:${r.identity.difference.value}`} year={year} difference={r.identity.difference} />}
          {r.tables.length === 0 ? (
            <Empty description="本年度没有党员和组织记录" />
          ) : (
            // Columns flow like a newspaper: a long table (年龄, 增减变化) leaves no gap beside a short one.
            <div style={{ columns: '3 280px', columnGap: 12 }}>
              {r.tables.map((t) => (
                <div key={t.key} style={{ breakInside: 'avoid', marginBottom: 12 }}>
                  <CensusTableCard table={t} onDrill={(table, figure) => setDrill({ table, figure })} />
                </div>
              ))}
            </div>
          )}
        </>
      )}
      {drill && <PeopleDrawer year={year} table={drill.table} figure={drill.figure} onClose={() => setDrill(null)} />}
    </Card>
  );
}
