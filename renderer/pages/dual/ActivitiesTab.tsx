import { useState } from 'react';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import { ACTIVITY_CATEGORIES } from '../../../api/dualReg';
import type { CallInput } from '../../../api/contract';
import type { ActivityRow } from '../../../api/schemas/dualReg';
import { todayIso } from '../../../api/rules/dates';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { AttachmentsSection } from '../meetings/AttachmentsSection';
import { MemberPicker } from '../../components/MemberPicker';

/** The form picks people by kind; the call takes one list of participants. */
type ActivityValues = Omit<CallInput<'dual.saveActivity'>, 'participants'> & { onjobIds?: number[]; memberIds?: number[]; unitIds?: number[]; hours?: number };

export function ActivitiesTab({ year }: { year: number }) {
  const list = useLedgerQuery('dual.activities', { year });
  const onjob = useLedgerQuery('dual.onjob', {});
  const units = useLedgerQuery('dual.units', {});
  const demands = useLedgerQuery('dual.demands', {});
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ActivityValues>();
  const saveActivity = useLedgerMutation('dual.saveActivity');
  const { submit: save } = useSubmit(
    form,
    ({ onjobIds = [], memberIds = [], unitIds = [], hours = 0, ...fields }) =>
      saveActivity.call({
        ...fields,
        participants: [
          ...onjobIds.map((refId) => ({ kind: 'onjob' as const, refId, hours })),
          ...memberIds.map((refId) => ({ kind: 'member' as const, refId, hours })),
          ...unitIds.map((refId) => ({ kind: 'unit' as const, refId, hours: 0 })),
        ],
      }),
    () => setOpen(false),
  );

  return (
    <>
      <Button
        type="primary"
        style={{ marginBottom: 12 }}
        data-testid="activity-add"
        onClick={() => {
          form.resetFields();
          form.setFieldsValue({ heldOn: todayIso(), hours: 2 });
          setOpen(true);
        }}
      >
        登记活动
      </Button>
      <Table<ActivityRow>
        data-testid="activity-table"
        rowKey="id"
        size="middle"
        dataSource={list.data}
        locale={{ emptyText: `${year}年还没有活动` }}
        expandable={{ expandedRowRender: (a) => <AttachmentsSection kind="activity" ownerId={a.id} />, expandRowByClick: false }}
        columns={[
          { title: '日期', dataIndex: 'heldOn', width: 110 },
          { title: '主题', dataIndex: 'theme' },
          { title: '类别', dataIndex: 'category', width: 100 },
          { title: '地点', dataIndex: 'place' },
          { title: '参加单位', dataIndex: 'unitNames', render: (n: string[]) => n.join('、') },
          {
            title: '参加人员',
            dataIndex: 'participants',
            render: (p: ActivityRow['participants']) => p.filter((x) => x.kind !== 'unit').map((x) => <Tag key={`${x.kind}${x.refId}`}>{x.name}</Tag>),
          },
          { title: '服务时长', dataIndex: 'hours', width: 90 },
          { title: '群众评价', dataIndex: 'publicRating', width: 100 },
        ]}
      />
      <Modal open={open} title="登记双报到活动" okText="保存" onOk={save} onCancel={() => setOpen(false)} width={680} okButtonProps={{ id: 'activity-save' }}>
        <Form form={form} layout="vertical" name="activity">
          <Form.Item label="活动日期" name="heldOn" rules={[{ required: true, message: '请选择日期' }]} {...dateItemProps}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="主题" name="theme" rules={[{ required: true, message: '请填写主题' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="类别" name="category">
            <Select allowClear options={ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item label="地点" name="place">
            <Input />
          </Form.Item>
          <Form.Item label="组织者" name="organizer">
            <Input />
          </Form.Item>
          <Form.Item label="参加的在职党员" name="onjobIds">
            <Select
              mode="multiple"
              optionFilterProp="label"
              options={(onjob.data ?? []).filter((o) => !o.revokedOn).map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
          <Form.Item label="参加的本社区党员" name="memberIds">
            <MemberPicker />
          </Form.Item>
          <Form.Item label="每人服务时长（小时）" name="hours">
            <InputNumber min={0} max={24} step={0.5} />
          </Form.Item>
          <Form.Item label="参加单位" name="unitIds">
            <Select mode="multiple" options={(units.data ?? []).filter((u) => !u.cancelledOn).map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
          <Form.Item label="完成的需求/微心愿" name="demandId">
            <Select allowClear options={(demands.data ?? []).map((d) => ({ value: d.id, label: `${d.kind}：${d.title}` }))} />
          </Form.Item>
          <Form.Item label="内容" name="content">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item label="群众评价" name="publicRating">
            <Input placeholder="例如：满意" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
