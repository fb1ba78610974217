import type { ReactNode } from 'react';
import { Alert, Button, Col, Empty, Row, Spin, Tag } from 'antd';
import type { CallError } from '../../../api/result';
import type { CommunityRef, RowHead } from '../../../api/schemas/street';
import { STREET_MEASURE_LABEL as FORM_NAME, type StreetMeasure } from '../../../api/street';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { StreetBars } from './StreetBars';
import { StreetTable, type Column } from './StreetTable';
import type { Period } from './period';

export interface ViewData<R> {
  rows: (RowHead & R)[];
  total: R;
  notReported: CommunityRef[];
}

interface Props<R> {
  measure: StreetMeasure;
  period: Period;
  data: ViewData<R> | undefined;
  error: CallError | null;
  columns: Column<R>[];
  /** The figure the chart compares, and how it reads. */
  chart: { title: string; value: (r: R) => number; text: (r: R) => string; full?: number };
  /** Above the table (a picker), below it (branches, ranking). */
  extra?: ReactNode;
  below?: ReactNode;
}

/** One measure of 汇总: the rows and their 合计, a bar per community, who has not reported, 导出. */
export function MeasureView<R>({ measure, period, data, error, columns, chart, extra, below }: Props<R>) {
  const exporter = useExport();
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!data) return <Spin style={{ display: 'block', margin: 40 }} />;
  const testId = `street-${measure}`;
  return (
    <div data-testid={`${testId}-view`}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginBottom: 12, flexWrap: 'wrap' }}>
        {extra}
        <span style={{ flex: 1 }} />
        <Button
          data-testid={`${testId}-export`}
          loading={exporter.busy === measure}
          onClick={() => exporter.run(measure, () => client.call('street.exportForm', { ...period, measure }))}
        >
          导出{FORM_NAME[measure]}
        </Button>
      </div>
      <StreetTable rows={data.rows} total={data.total} columns={columns} testId={testId} />
      {below}
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={16}>
          <h4 style={{ margin: '0 0 8px' }}>{chart.title}（各社区）</h4>
          <StreetBars
            testId={`${testId}-chart`}
            full={chart.full}
            bars={data.rows.map((r) => ({ label: r.community, value: chart.value(r), text: chart.text(r) }))}
          />
        </Col>
        <Col span={8}>
          <h4 style={{ margin: '0 0 8px' }}>未上报的社区（{data.notReported.length}个）</h4>
          <div data-testid={`${testId}-missing`}>
            {data.notReported.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有未上报的社区" />
            ) : (
              data.notReported.map((c) => (
                <Tag key={c.id} color="red" style={{ marginBottom: 6 }}>
                  {c.name}
                </Tag>
              ))
            )}
          </div>
        </Col>
      </Row>
    </div>
  );
}
