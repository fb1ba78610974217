import { Button, Card, Col, Row, Space, Statistic, Table } from 'antd';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useLedgerQuery } from '../../useLedgerQuery';
import { YearPeopleTable } from './YearPeopleTable';

/** The year's figures, the suggested 社区评价 per 在职党员, and the forms that go out. */
export function FiguresTab({ year }: { year: number }) {
  const figures = useLedgerQuery('dual.figures', { year });
  const thresholds = useLedgerQuery('dual.thresholds', {});
  const exporter = useExport();
  const t = figures.data?.totals;

  return (
    <>
      {t && (
        <Row gutter={12} style={{ marginBottom: 16 }} data-testid="dual-totals">
          {[
            ['报到单位', t.units],
            ['报到在职党员', t.members],
            ['开展活动', t.activities],
            ['参加人次', t.participations],
            ['服务时长（小时）', t.hours],
            ['完成需求', t.demandsCompleted],
          ].map(([k, v]) => (
            <Col span={4} key={k}>
              <Card size="small">
                <Statistic title={k} value={v} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Space style={{ marginBottom: 12 }} wrap>
        <Button loading={exporter.busy === 'reg'} onClick={() => exporter.run('reg', () => client.call('reports.dualRegistration', { year }))}>
          导出报到登记表
        </Button>
        <Button loading={exporter.busy === 'act'} onClick={() => exporter.run('act', () => client.call('reports.dualActivities', { year }))}>
          导出活动台账
        </Button>
        <Button
          type="primary"
          data-testid="export-feedback"
          loading={exporter.busy === 'fb'}
          onClick={() => exporter.run('fb', () => client.call('reports.dualFeedback', { year }))}
        >
          导出各单位反馈表
        </Button>
        {thresholds.data && (
          <span style={{ color: '#888' }}>
            评价标准（本地默认，可在系统设置修改）：{thresholds.data.basis === 'activities' ? '参加活动' : '服务时长'}≥{thresholds.data.pass}为合格，≥
            {thresholds.data.excellent}为优秀
          </span>
        )}
      </Space>
      <YearPeopleTable key={year} year={year} units={figures.data?.units ?? []} />
      <h4 style={{ marginTop: 16 }}>各报到单位</h4>
      <Table
        size="small"
        rowKey="unitId"
        data-testid="units-figures-table"
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个单位` }}
        dataSource={figures.data?.units}
        columns={[
          { title: '单位', dataIndex: 'name' },
          { title: '报到在职党员', dataIndex: 'registered' },
          { title: '参加活动', dataIndex: 'activities' },
          { title: '服务时长', dataIndex: 'hours' },
        ]}
      />
    </>
  );
}
