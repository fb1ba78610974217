import { useEffect, useMemo, useState } from 'react';
import { Alert, App, AutoComplete, Button, Checkbox, Col, DatePicker, Divider, Drawer, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import type { CallInput } from '../../../api/contract';
import { MEETING_TYPES } from '../../../api/meetingTypes';
import type { MeetingDetail } from '../../../api/schemas/meetings';
import type { OrgRow } from '../../../api/schemas/orgs';
import { todayIso } from '../../../api/rules/dates';
import { makeUpPeriodLabel } from '../../../api/rules/makeUpPeriod';
import { LECTURE_TITLE_NEEDED, MEETING_TYPES_NEEDED } from '../../../api/vocab/messages';
import { dateItemProps } from '../../components/dateField';
import { INVALID_FORM, useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { orgPath } from '../orgs/orgTree';
import { AttendanceTable, type AttendanceDraft } from './AttendanceTable';
import { AttachmentsSection } from './AttachmentsSection';
import { GuestsField } from './GuestsField';

interface Props {
  open: boolean;
  editing?: MeetingDetail;
  orgs: OrgRow[];
  /** Also called once the meeting is saved. */
  onClose: () => void;
}

type MeetingFormValues = Omit<CallInput<'meetings.save'>, 'id' | 'attendance'>;
type Mark = Pick<AttendanceDraft, 'status' | 'reason' | 'approvedByHigher'>;

export function MeetingFormDrawer({ open, editing, orgs, onClose }: Props) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<MeetingFormValues>();
  // Who is expected comes from the ledger for the organisation, types and date chosen; the
  // marks made (请假, 缺席 and why) are kept by member across changes of those.
  const [marks, setMarks] = useState<Map<number, Mark>>(new Map());
  const orgId = Form.useWatch('orgId', form);
  const types = Form.useWatch('types', form) ?? [];
  const heldOn = Form.useWatch('heldOn', form);
  const isElection = Form.useWatch('isElection', form) ?? false;
  const expected = useLedgerQuery('meetings.expected', open && orgId && types.length > 0 && heldOn ? { orgId, types, heldOn } : null, { keepPrevious: false });
  const people = useMemo<AttendanceDraft[]>(
    () =>
      (expected.data?.people ?? (open && editing ? editing.attendance : [])).map((p) => ({
        ...p,
        status: '出席',
        reason: null,
        approvedByHigher: false,
        ...marks.get(p.memberId),
      })),
    [expected.data, open, editing, marks],
  );
  const save = useLedgerMutation('meetings.save');
  const { submit, busy } = useSubmit(
    form,
    (values) =>
      save.call({
        ...values,
        id: editing?.id ?? null,
        attendance: people.map(({ memberId, status, reason, approvedByHigher }) => ({ memberId, status, reason, approvedByHigher })),
      }),
    (saved) => {
      if (saved.warnings.length) modal.warning({ title: '已保存，请注意', content: saved.warnings.map((w) => <div key={w}>{w}</div>) });
      else message.success(`已保存：应到 ${saved.expected} 人，实到 ${saved.present} 人`);
      onClose();
    },
    { invalidMessage: INVALID_FORM },
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    // The record names its guests; the form keeps their ids.
    if (editing)
      form.setFieldsValue({ ...editing, makeUpFor: editing.makeUpFor && makeUpPeriodLabel(editing.makeUpFor), guests: editing.guests.map((g) => g.flowInId) });
    // No type ticked: a default one was saved unnoticed as the wrong kind of meeting.
    else form.setFieldsValue({ heldOn: todayIso(), types: [] });
    setMarks(new Map(editing?.attendance.map((a) => [a.memberId, { status: a.status, reason: a.reason, approvedByHigher: a.approvedByHigher }])));
  }, [open, editing, form]);

  // A new record takes the ledger's suggestion for 第几次 unless one was typed; not from an
  // answer cached before the last save while its refetch is under way.
  useEffect(() => {
    if (expected.data && !expected.isFetching && !editing && !form.getFieldValue('seq')) form.setFieldValue('seq', expected.data.suggestedSeq);
  }, [expected.data, expected.isFetching, editing, form]);

  const orgOptions = orgs
    // The 社区党委/党总支 records its own meetings too; they count for no branch.
    .filter((o) => !o.closedOn)
    .map((o) => ({ value: o.id, label: orgPath(orgs, o.id) }));
  const names = people.map((p) => ({ value: p.name }));

  return (
    <Drawer
      open={open}
      size={980}
      title={editing ? '编辑会议记录' : '记录会议'}
      onClose={onClose}
      destroyOnHidden
      rootClassName="meeting-form-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={busy} onClick={submit} data-testid="meeting-save">
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" name="meeting">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="组织" name="orgId" rules={[{ required: true, message: '请选择党支部或党小组' }]}>
              <Select options={orgOptions} showSearch optionFilterProp="label" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="召开日期" name="heldOn" rules={[{ required: true, message: '请选择召开日期' }]} {...dateItemProps}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="第几次（本年）" name="seq">
              <InputNumber min={1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="会议类型（一次活动可同时算作几种）" name="types" rules={[{ required: true, message: MEETING_TYPES_NEEDED }]}>
          <Checkbox.Group options={MEETING_TYPES.map((t) => ({ value: t, label: t }))} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item label="开始时间" name="startTime">
              <Input placeholder="14:30" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="时长（分钟）" name="durationMinutes">
              <InputNumber min={1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="地点" name="place">
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="主持人" name="host">
              <AutoComplete options={names} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="记录人" name="recorder">
              <AutoComplete options={names} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="计划日期" name="plannedOn" {...dateItemProps}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="补开（所补期间）" name="makeUpFor" extra="如 2026年第1季度 或 2026年3月；正常召开不填">
              <Input />
            </Form.Item>
          </Col>
        </Row>
        {types.includes('党课') && (
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item label="授课人" name="lecturer">
                <Input />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item label="党课题目" name="lectureTitle" rules={[{ required: true, message: LECTURE_TITLE_NEEDED }]}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item label="议题" name="agenda">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label="内容/发言要点" name="content">
          <Input.TextArea rows={4} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="不同意见" name="dissent">
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="决议" name="resolution">
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item label="列席人员" name="observers">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label=" " name="isElection" valuePropName="checked">
              <Checkbox>本次会议进行选举</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="参加的流入党员（不计入应到、实到和出勤率）" name="guests">
          <GuestsField heldOn={heldOn} orgId={orgId} known={open && editing ? editing.guests : []} />
        </Form.Item>
      </Form>
      <Divider titlePlacement="start">出勤情况</Divider>
      {types.includes('支部党员大会') && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title="党员大会表决须到会正式党员超过应到正式党员的半数；选举须超过五分之四（恰好五分之四不够）。预备党员列席，不参加表决。"
        />
      )}
      <AttendanceTable
        rows={people}
        isElection={isElection}
        onChange={(rows) => setMarks(new Map(rows.map((r) => [r.memberId, { status: r.status, reason: r.reason, approvedByHigher: r.approvedByHigher }])))}
      />
      <Divider titlePlacement="start">附件（照片、签到表扫描件）</Divider>
      {editing ? <AttachmentsSection kind="meeting" ownerId={editing.id} /> : <p style={{ color: '#888' }}>保存会议记录后，可在“编辑”中添加照片和扫描件。</p>}
    </Drawer>
  );
}
