import { useState } from 'react';
import { App, Button, Card, Col, Form, Input, Modal, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { COMMUNITY_GRADES } from '../../../api/dualReg';
import type { OnjobYearRow } from '../../../api/schemas/dualReg';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useCall } from '../../useCall';

const GRADE_COLOR: Record<string, string> = { 优秀: 'red', 合格: 'green', 不合格: 'default' };

/** The year's figures, the suggested 社区评价 per 在职党员, and the forms that go out. */
export function FiguresTab({ year }: { year: number }) {
  const { message } = App.useApp();
  const figures = useCall('dual.figures', { year });
  const thresholds = useCall('dual.thresholds', {});
  const exporter = useExport();
  const [adjusting, setAdjusting] = useState<OnjobYearRow | null>(null);
  const [form] = Form.useForm();
  const t = figures.data?.totals;

  async function adjust() {
    const values = await form.validateFields();
    const r = await client.call('dual.setEvaluation', { ...values, onjobId: adjusting!.onjobId, year });
    if (r.ok) {
      setAdjusting(null);
      figures.reload();
    } else message.error(r.error.message);
  }

  return (
    <>
      {t && (
        <Row gutter={12} style={{ marginBottom: 16 }} data-testid="dual-totals">
          {[['报到单位', t.units], ['报到在职党员', t.members], ['开展活动', t.activities], ['参加人次', t.participations], ['服务时长（小时）', t.hours], ['完成需求', t.demandsCompleted]].map(([k, v]) => (
            <Col span={4} key={k}><Card size="small"><Statistic title={k} value={v} /></Card></Col>
          ))}
        </Row>
      )}
      <Space style={{ marginBottom: 12 }}>
        <Button loading={exporter.busy === 'reg'} onClick={() => exporter.run('reg', () => client.call('reports.dualRegistration', { year }))}>导出报到登记表</Button>
        <Button loading={exporter.busy === 'act'} onClick={() => exporter.run('act', () => client.call('reports.dualActivities', { year }))}>导出活动台账</Button>
        <Button type="primary" data-testid="export-feedback" loading={exporter.busy === 'fb'} onClick={() => exporter.run('fb', () => client.call('reports.dualFeedback', { year }))}>导出各单位反馈表</Button>
        {thresholds.data && (
          <span style={{ color: '#888' }}>
            评价标准（本地默认，可在系统设置修改）：{thresholds.data.basis === 'activities' ? '参加活动' : '服务时长'}≥{thresholds.data.pass}为合格，≥{thresholds.data.excellent}为优秀
          </span>
        )}
      </Space>
      <Table<OnjobYearRow>
        data-testid="figures-table"
        rowKey="onjobId"
        size="middle"
        dataSource={figures.data?.people}
        locale={{ emptyText: `${year}年没有已报到的在职党员` }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '报到单位', dataIndex: 'unitName' },
          { title: '参加活动', dataIndex: 'activities', width: 90 },
          { title: '服务时长', dataIndex: 'hours', width: 90 },
          { title: '主要服务内容', dataIndex: 'services' },
          { title: '建议等次', dataIndex: 'suggested', width: 90 },
          { title: '社区评价', width: 160, render: (_, r) => <><Tag color={GRADE_COLOR[r.grade]}>{r.grade}</Tag>{r.reason && <span style={{ color: '#888' }}>（已调整）</span>}</> },
          { title: '', width: 80, render: (_, r) => <a onClick={() => { form.setFieldsValue({ grade: r.grade, reason: r.reason ?? '' }); setAdjusting(r); }}>调整</a> },
        ]}
      />
      <h4 style={{ marginTop: 16 }}>各报到单位</h4>
      <Table size="small" rowKey="unitId" pagination={false} dataSource={figures.data?.units} columns={[
        { title: '单位', dataIndex: 'name' },
        { title: '报到在职党员', dataIndex: 'registered' },
        { title: '参加活动', dataIndex: 'activities' },
        { title: '服务时长', dataIndex: 'hours' },
      ]} />
      <Modal open={adjusting !== null} title={`调整社区评价：${adjusting?.name ?? ''}`} okText="保存" onOk={adjust} onCancel={() => setAdjusting(null)}>
        <p>建议等次：{adjusting?.suggested}（参加活动 {adjusting?.activities} 次，服务 {adjusting?.hours} 小时）</p>
        <Form form={form} layout="vertical">
          <Form.Item label="社区评价" name="grade"><Select options={COMMUNITY_GRADES.map((g) => ({ value: g, label: g }))} /></Form.Item>
          <Form.Item label="调整理由" name="reason" rules={[{ required: true, message: '请填写调整理由' }]}><Input /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
