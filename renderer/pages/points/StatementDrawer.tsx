import { useState } from 'react';
import { Button, DatePicker, Drawer, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import type { CallInput } from '../../../api/contract';
import type { StatementEntry } from '../../../api/schemas/points';
import { client } from '../../api';
import { dateItemProps } from '../../components/dateField';
import { useExport } from '../../components/useExport';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/** One member's 积分明细: every entry with its source, a running total, manual entries and reversals. */
export function StatementDrawer({ year, memberId, closed, onClose }: { year: number; memberId: number; closed: boolean; onClose: () => void }) {
  const statement = useLedgerQuery('points.statement', { memberId, year });
  const rules = useLedgerQuery('points.rules', { year });
  const settings = useLedgerQuery('settings.get', {});
  const exporter = useExport();
  const [adding, setAdding] = useState(false);
  const [reversing, setReversing] = useState<StatementEntry | null>(null);
  const [form] = Form.useForm<Omit<CallInput<'points.addManual'>, 'memberId'>>();
  const [reverseForm] = Form.useForm<Omit<CallInput<'points.reverse'>, 'id'>>();
  const s = statement.data;
  const manualRules = (rules.data ?? []).filter((r) => r.source === 'manual' && r.active);
  const addManual = useLedgerMutation('points.addManual');
  const reverseEntry = useLedgerMutation('points.reverse');
  const { submit: add } = useSubmit(
    form,
    (values) => addManual.call({ ...values, memberId, points: values.points ?? null }),
    () => setAdding(false),
  );
  const { submit: reverse } = useSubmit(
    reverseForm,
    (values) => reverseEntry.call({ ...values, id: reversing!.id }),
    () => setReversing(null),
  );

  return (
    <Drawer
      open
      size="large"
      onClose={onClose}
      title={s ? `${s.name}（${s.branchName}）${year}年积分明细` : '积分明细'}
      extra={
        <Space>
          {!closed && (
            <Button
              onClick={() => {
                form.resetFields();
                form.setFieldsValue({ operator: settings.data?.preparer ?? '' });
                setAdding(true);
              }}
            >
              登记加减分
            </Button>
          )}
          <Button loading={exporter.busy === 'st'} onClick={() => exporter.run('st', () => client.call('reports.pointsStatement', { memberId, year }))}>
            导出明细
          </Button>
        </Space>
      }
    >
      {s && (
        <p data-testid="statement-total">
          年度合计 <b>{s.sum}</b> 分
          {s.vetoed && (
            <Tag color="red" style={{ marginLeft: 8 }}>
              一票否决，年度总分记 0 分
            </Tag>
          )}
        </p>
      )}
      <Table<StatementEntry>
        data-testid="statement-table"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={s?.entries}
        columns={[
          { title: '日期', dataIndex: 'occurredOn', width: 100 },
          { title: '项目', dataIndex: 'ruleName' },
          { title: '来源', render: (_, e) => (e.auto ? (e.sourceLabel ?? '年度基础分') : e.isReversal ? '冲销' : '手工登记') },
          {
            title: '分值',
            dataIndex: 'points',
            width: 60,
            render: (v: number) => <span style={{ color: v < 0 ? '#c8161d' : undefined }}>{v > 0 ? `+${v}` : v}</span>,
          },
          { title: '累计', dataIndex: 'running', width: 60 },
          { title: '说明', render: (_, e) => [e.reason, e.operator].filter(Boolean).join(' · ') },
          {
            title: '',
            width: 60,
            render: (_, e) =>
              e.reversible && !closed ? (
                <a
                  onClick={() => {
                    reverseForm.resetFields();
                    reverseForm.setFieldsValue({ operator: settings.data?.preparer ?? '' });
                    setReversing(e);
                  }}
                >
                  冲销
                </a>
              ) : null,
          },
        ]}
      />
      <Modal open={adding} title="登记加减分" okText="保存" onOk={add} onCancel={() => setAdding(false)} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item
            label="积分项目"
            name="ruleId"
            rules={[{ required: true, message: '请选择积分项目' }]}
            extra="自动计算的项目（出勤、活动、微心愿）随来源记录变化，不在此登记"
          >
            <Select
              options={manualRules.map((r) => ({
                value: r.id,
                label: `${r.name}（${r.category}${r.category === '一票否决' ? '' : ` ${r.points > 0 ? '+' : ''}${r.points}`}）`,
              }))}
            />
          </Form.Item>
          <Form.Item label="日期" name="occurredOn" {...dateItemProps} rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="分值（留空按规则分值）" name="points">
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="事由" name="reason" rules={[{ required: true, message: '请填写事由' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="经办人" name="operator" rules={[{ required: true, message: '请填写经办人' }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={reversing !== null} title="冲销积分记录" okText="冲销" onOk={reverse} onCancel={() => setReversing(null)} destroyOnHidden>
        <p>将新增一条 {reversing ? -reversing.points : ''} 分的冲销记录，原记录保留。</p>
        <Form form={reverseForm} layout="vertical">
          <Form.Item label="冲销原因" name="reason" rules={[{ required: true, message: '请填写冲销原因' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="经办人" name="operator" rules={[{ required: true, message: '请填写经办人' }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Drawer>
  );
}
