import { useEffect } from 'react';
import { Alert, App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { DevPersonFile, DevStep } from '../../../api/schemas/development';
import { client } from '../../api';
import { MemberPicker } from '../../components/MemberPicker';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { STEP_HINTS } from './stepHints';

interface Values {
  stepCode: string;
  doneOn: string;
  endOn: string | null;
  hours: number | null;
  docNo: string | null;
  memberIds: number[];
  /** 谈话人 not on this roster, typed by name. */
  typedPeople?: string;
  vote: { dueFull: number; dueVoting: number; presentVoting: number; inFavour: number; against: number; abstain: number } | undefined;
  reason: string | null;
  note: string | null;
}

const VOTE_FIELDS = [
  ['dueVoting', '应到会有表决权人数'],
  ['dueFull', '其中应到会正式党员'],
  ['presentVoting', '实到会有表决权人数'],
  ['inFavour', '赞成票'],
  ['against', '反对票'],
  ['abstain', '弃权票'],
] as const;

/** The step to offer first: what is due, else the one after the last recorded. */
function suggested(file: DevPersonFile, steps: DevStep[]): string | undefined {
  if (file.due[0] && steps.some((s) => s.code === file.due[0]!.code)) return file.due[0].code;
  const done = new Set(file.records.filter((r) => !r.voidedAt).map((r) => r.stepCode));
  return steps.find((s) => !done.has(s.code))?.code;
}

/** Records one step; the server checks the 细则's time rules and refuses or warns, naming the rule. */
export function RecordStepModal({ open, file, onClose }: { open: boolean; file: DevPersonFile; onClose: () => void }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const steps = useLedgerQuery('development.steps', {}).data ?? [];
  const record = useLedgerMutation('development.record');
  const code = Form.useWatch('stepCode', form);
  const doneOn = Form.useWatch('doneOn', form);
  const step = steps.find((s) => s.code === code);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ stepCode: suggested(file, steps), memberIds: [] });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the modal opens
  }, [open]);
  // The 支部大会's 应到 from the roster of that day (dated facts), proposed and left editable.
  useEffect(() => {
    if (!open || step?.kind !== 'vote' || !doneOn) return;
    void client.call('development.proposeVote', { personId: file.person.id, on: doneOn }).then((r) => {
      if (r.ok) form.setFieldsValue({ vote: { ...form.getFieldValue('vote'), dueFull: r.value.dueFull, dueVoting: r.value.dueVoting } });
    });
  }, [open, step?.kind, doneOn, file.person.id, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) =>
      record.call({
        personId: file.person.id,
        stepCode: v.stepCode,
        doneOn: v.doneOn,
        endOn: v.endOn ?? null,
        hours: v.hours ?? null,
        docNo: v.docNo ?? null,
        memberIds: v.memberIds ?? [],
        typedPeople: step?.role === '谈话人' ? (v.typedPeople ?? null) : null,
        vote: step?.kind === 'vote' && v.vote ? { ...v.vote, against: v.vote.against ?? 0, abstain: v.vote.abstain ?? 0 } : null,
        reason: v.reason ?? null,
        note: v.note ?? null,
      }),
    (result, v) => {
      const name = steps.find((s) => s.code === v.stepCode)?.name ?? '';
      if (result.warning) modal.warning({ title: `已记录“${name}”，但请注意`, content: result.warning });
      else message.success(`已记录“${name}”`);
      onClose();
    },
    { fallbackField: 'doneOn' },
  );
  const kind = step?.kind;
  return (
    <Modal
      open={open}
      title={`记录${file.person.name}的发展环节`}
      okText="记录"
      okButtonProps={{ 'data-testid': 'dev-record-save' } as React.ComponentProps<typeof Button>}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" data-testid="dev-record-form">
        <Form.Item label="环节" name="stepCode" rules={[{ required: true, message: '请选择环节' }]}>
          <Select aria-label="环节" showSearch optionFilterProp="label" options={steps.map((s) => ({ value: s.code, label: `${s.seq}. ${s.name}` }))} />
        </Form.Item>
        {code && STEP_HINTS[code] && <Alert style={{ marginBottom: 12 }} type="info" showIcon title={STEP_HINTS[code]} data-testid="dev-rule-hint" />}
        <Row gutter={12}>
          <Col span={kind === 'range' || kind === 'training' ? 8 : 12}>
            <Form.Item
              label={kind === 'range' || kind === 'training' ? '开始日期' : '日期'}
              name="doneOn"
              rules={[{ required: true, message: '请填写日期' }]}
              {...dateItemProps}
            >
              <DatePicker aria-label="日期" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {(kind === 'range' || kind === 'training') && (
            <Col span={8}>
              <Form.Item label="结束日期" name="endOn" rules={[{ required: kind === 'range', message: '请填写结束日期' }]} {...dateItemProps}>
                <DatePicker aria-label="结束日期" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          {kind === 'training' && (
            <Col span={8}>
              <Form.Item label="学时" name="hours">
                <InputNumber aria-label="学时" min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          {kind === 'docNo' && (
            <Col span={12}>
              <Form.Item label="志愿书编号" name="docNo" rules={[{ required: true, whitespace: true, message: '请填写志愿书编号' }]}>
                <Input aria-label="志愿书编号" />
              </Form.Item>
            </Col>
          )}
        </Row>
        {kind === 'people' && step?.role === '谈话人' && (
          // A 谈话人 is often not on this roster (the 上级党委's 组织员): picked, typed, or both.
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item label="谈话人（本社区党员）" name="memberIds">
                <MemberPicker />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="谈话人（其他人员，填写姓名）"
                name="typedPeople"
                extra="如上级党委组织员；多人用“、”分隔"
                dependencies={['memberIds']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, value?: string) =>
                      (getFieldValue('memberIds') ?? []).length > 0 || value?.trim() ? Promise.resolve() : Promise.reject(new Error('请选择或填写谈话人')),
                  }),
                ]}
              >
                <Input aria-label="谈话人姓名" />
              </Form.Item>
            </Col>
          </Row>
        )}
        {kind === 'people' && step?.role && step.role !== '谈话人' && (
          <Form.Item
            label={step.role}
            name="memberIds"
            rules={[{ required: true, type: 'array', min: 1, message: `请选择${step.role}` }]}
            extra={`须为当日在册的正式党员${step.role === '入党介绍人' ? '，两名' : '，一至两名'}`}
          >
            <MemberPicker />
          </Form.Item>
        )}
        {kind === 'vote' && (
          <Row gutter={12} data-testid="dev-vote">
            {VOTE_FIELDS.map(([name, label]) => (
              <Col span={8} key={name}>
                <Form.Item label={label} name={['vote', name]} rules={[{ required: name !== 'against' && name !== 'abstain', message: `请填写${label}` }]}>
                  <InputNumber aria-label={label} min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        )}
        {kind === 'approve' && (
          <Form.Item label="延长审批原因" name="reason" extra="支部大会后超过3个月审批的须填写">
            <Input aria-label="延长审批原因" />
          </Form.Item>
        )}
        <Form.Item label="备注" name="note">
          <Input.TextArea aria-label="备注" rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
