import { useState } from 'react';
import { App, Button, Card, Col, DatePicker, Form, Input, Modal, Row, Select, Steps, Tag } from 'antd';
import { DEMAND_KINDS, DEMAND_STEPS, type DemandStep } from '../../../api/dualReg';
import type { CallInput } from '../../../api/contract';
import type { DemandRow } from '../../../api/schemas/dualReg';
import { todayIso } from '../../../api/rules/dates';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/** A board of open 需求 by their next step; each step is dated and signed. */
export function DemandsTab() {
  const { message } = App.useApp();
  const demands = useLedgerQuery('dual.demands', {});
  const onjob = useLedgerQuery('dual.onjob', {});
  const [creating, setCreating] = useState(false);
  const [stepping, setStepping] = useState<DemandRow | null>(null);
  const [form] = Form.useForm<CallInput<'dual.createDemand'>>();
  const [stepForm] = Form.useForm<Omit<CallInput<'dual.takeStep'>, 'demandId' | 'step'>>();
  const createDemand = useLedgerMutation('dual.createDemand');
  const takeStep = useLedgerMutation('dual.takeStep');
  const { submit: create } = useSubmit(
    form,
    (values) => createDemand.call(values),
    () => setCreating(false),
  );
  const { submit: take } = useSubmit(
    stepForm,
    (values) => takeStep.call({ ...values, demandId: stepping!.id, step: stepping!.next! }),
    () => {
      message.success(`已办理“${stepping!.next}”`);
      setStepping(null);
    },
  );

  const all = demands.data ?? [];
  const columns: (DemandStep | null)[] = [...DEMAND_STEPS.slice(1), null];
  return (
    <>
      <Button
        type="primary"
        style={{ marginBottom: 12 }}
        data-testid="demand-add"
        onClick={() => {
          form.resetFields();
          form.setFieldsValue({ kind: '微心愿', doneOn: todayIso() });
          setCreating(true);
        }}
      >
        居民点单（登记需求或微心愿）
      </Button>
      <Row gutter={12} wrap={false}>
        {columns.map((step) => (
          <Col flex="1 1 0" key={step ?? 'done'}>
            <Card size="small" title={step ? `待${step}` : '已完成'} data-testid={`board-${step ?? 'done'}`}>
              {all
                .filter((d) => d.next === step)
                .map((d) => (
                  <Card key={d.id} size="small" style={{ marginBottom: 8 }} data-testid={`demand-${d.title}`}>
                    <div>
                      <Tag>{d.kind}</Tag>
                      {d.title}
                    </div>
                    <div style={{ color: '#888', fontSize: 13 }}>
                      {d.requester}｜{d.steps.at(-1)?.doneOn}
                    </div>
                    <Steps
                      size="small"
                      orientation="vertical"
                      current={d.steps.length - 1}
                      items={d.steps.map((s) => ({ title: s.step, content: `${s.doneOn} ${s.doneBy}${s.onjobName ? `（${s.onjobName}）` : ''}` }))}
                    />
                    {d.next && (
                      <Button
                        size="small"
                        type="primary"
                        data-testid={`step-${d.title}`}
                        onClick={() => {
                          stepForm.resetFields();
                          stepForm.setFieldsValue({ doneOn: todayIso() });
                          setStepping(d);
                        }}
                      >
                        办理“{d.next}”
                      </Button>
                    )}
                  </Card>
                ))}
            </Card>
          </Col>
        ))}
      </Row>
      <Modal open={creating} title="居民点单" okText="保存" onOk={create} onCancel={() => setCreating(false)} okButtonProps={{ id: 'demand-save' }}>
        <Form form={form} layout="vertical" name="demand">
          <Form.Item label="类型" name="kind">
            <Select options={DEMAND_KINDS.map((k) => ({ value: k, label: k }))} />
          </Form.Item>
          <Form.Item label="标题" name="title" rules={[{ required: true, message: '请填写标题' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="内容" name="content">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item label="点单居民" name="requester" rules={[{ required: true, message: '请填写点单居民' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="联系电话" name="requesterPhone">
            <Input />
          </Form.Item>
          <Form.Item label="点单日期" name="doneOn" rules={[{ required: true, message: '请选择日期' }]} {...dateItemProps}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="登记人" name="doneBy" rules={[{ required: true, message: '请填写登记人' }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={stepping !== null}
        title={`办理“${stepping?.next ?? ''}”：${stepping?.title ?? ''}`}
        okText="确定"
        onOk={take}
        onCancel={() => setStepping(null)}
        okButtonProps={{ id: 'step-save' }}
      >
        <Form form={stepForm} layout="vertical" name="step">
          <Form.Item label="日期" name="doneOn" rules={[{ required: true, message: '请选择日期' }]} {...dateItemProps}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="经办人（签名）" name="doneBy" rules={[{ required: true, message: '请填写经办人' }]}>
            <Input />
          </Form.Item>
          {stepping?.next === '党员接单' && (
            <Form.Item label="接单的在职党员" name="onjobId" rules={[{ required: true, message: '请选择接单党员' }]}>
              <Select options={(onjob.data ?? []).filter((o) => !o.revokedOn).map((o) => ({ value: o.id, label: o.name }))} />
            </Form.Item>
          )}
          <Form.Item label={stepping?.next === '党群评单' ? '群众评价' : '说明'} name="note">
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
