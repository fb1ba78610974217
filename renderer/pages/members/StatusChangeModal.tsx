import { useEffect } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { CallInput } from '../../../api/contract';
import type { StatusChange } from '../../../api/enums';
import type { MemberDetail } from '../../../api/schemas/members';
import { todayIso } from '../../../api/rules/dates';
import { PARTY_EXIT_KINDS } from '../../../api/rules/census';
import { approvalProblem, latestApproval } from '../../../api/rules/probation';
import { fillIn, REASON_NEEDED, REASON_NEEDED_CHANGES } from '../../../api/vocab/messages';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/** Which changes make sense for this member right now. */
export function availableChanges(m: MemberDetail): StatusChange[] {
  if (m.leftOn) return m.leftReason === '转出' ? ['转入'] : [];
  const list: StatusChange[] = ['转出'];
  if (m.category === '预备党员') list.push('转正', '延长预备期', '取消预备党员资格');
  if (m.partyStatus === '正常') list.push('停止党籍', '保留党籍');
  else list.push('恢复');
  list.push('出党', '死亡');
  return list;
}

const PLACE_LABEL: Partial<Record<StatusChange, string>> = { 转出: '转往的党组织', 转入: '从哪个党组织转入' };

interface Props {
  member: MemberDetail;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

export function StatusChangeModal({ member, open, onClose, onDone }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Omit<CallInput<'members.changeStatus'>, 'id'>>();
  const change = Form.useWatch('change', form);
  const decidedOn = Form.useWatch('decidedOn', form) as string | null | undefined;
  const choices = availableChanges(member);
  const changeStatus = useLedgerMutation('members.changeStatus');
  // The 预备期 is asked about only when a change that depends on it is chosen.
  const aboutProbation = open && (change === '转正' || change === '延长预备期');
  const probation = useLedgerQuery('members.probation', aboutProbation ? { id: member.id } : null, { keepPrevious: false });
  const proposal = probation.data;
  const { submit } = useSubmit(
    form,
    (values) => changeStatus.call({ id: member.id, ...values }),
    (_, values) => {
      message.success(`已办理${values.change}`);
      onDone();
    },
  );

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ change: choices[0], occurredOn: todayIso() });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, form]);

  // 转正 is dated the day the 预备期 ends: that day is proposed, whatever the dialog opened with.
  useEffect(() => {
    if (open && change === '转正' && proposal) form.setFieldValue('occurredOn', proposal.fullMemberOn);
  }, [open, change, proposal, form]);

  const needsPlace = change === '转出' || change === '转入';
  const extension = proposal?.extension;
  return (
    <Modal
      open={open}
      title={`党员状态变更：${member.name}`}
      okText="确定办理"
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ id: 'status-submit' }}
    >
      <p style={{ color: '#888' }}>变更会按日期记入该党员的历史；转出、出党、死亡、取消预备党员资格后，党员移入“历史党员”，以往记录和报表仍然保留。</p>
      <Form form={form} layout="vertical" name="status">
        <Form.Item label="变更类型" name="change" rules={[{ required: true, message: '请选择变更类型' }]}>
          <Select options={choices.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        {change === '转正' && proposal && (
          <Alert
            type={proposal.canConvertNow ? 'info' : 'warning'}
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="probation-rule"
            title={
              `转正日期为预备期满之日（${proposal.fullMemberOn}${proposal.extendedTo ? '，已延长' : ''}），` +
              `不是支部大会讨论或上级党委审批之日${proposal.canConvertNow ? '' : '；预备期未满，暂不能办理转正'}。`
            }
          />
        )}
        {change === '延长预备期' && proposal && (
          <Alert
            type={extension ? 'info' : 'warning'}
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="extension-range"
            title={
              extension
                ? `延长后的期满日期可选 ${extension.earliest} 至 ${extension.latest}（至少半年、至多一年，只能延长一次）`
                : `预备期已延长至${proposal.extendedTo}，不能再次延长`
            }
          />
        )}
        {probation.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={probation.error.message} />}
        <Form.Item label={change === '转正' ? '转正日期' : '日期'} name="occurredOn" rules={[{ required: true, message: '请选择日期' }]} {...dateItemProps}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {needsPlace && (
          <>
            <Form.Item label={PLACE_LABEL[change]} name="place" rules={[{ required: true, message: `请填写${PLACE_LABEL[change]}` }]}>
              <Input />
            </Form.Item>
            <Form.Item label="介绍信编号" name="letterNo">
              <Input />
            </Form.Item>
          </>
        )}
        {change === '转正' && (
          <>
            <Form.Item label="支部大会讨论日期" name="decidedOn" rules={[{ required: true, message: fillIn('支部大会讨论日期') }]} {...dateItemProps}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              label="上级党委审批日期"
              name="approvedOn"
              dependencies={['decidedOn']}
              extra={decidedOn ? `应在支部大会讨论后3个月内审批，最晚${latestApproval(decidedOn)}` : '应在支部大会讨论后3个月内审批'}
              rules={[
                { required: true, message: fillIn('上级党委审批日期') },
                // The same rule and words as the ledger's refusal, shown before saving.
                ({ getFieldValue }) => ({
                  validator: (_, approvedOn: string | null) => {
                    const problem = getFieldValue('decidedOn') && approvedOn ? approvalProblem(getFieldValue('decidedOn'), approvedOn) : null;
                    return problem ? Promise.reject(new Error(problem.message)) : Promise.resolve();
                  },
                }),
              ]}
              {...dateItemProps}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        {change === '出党' && (
          <Form.Item label="出党方式" name="exitKind" rules={[{ required: true, message: '请选择出党方式' }]}>
            <Select options={PARTY_EXIT_KINDS.map((k) => ({ value: k, label: k }))} />
          </Form.Item>
        )}
        {change === '延长预备期' && (
          <Form.Item label="延长后的预备期满日期" name="extendedTo" rules={[{ required: true, message: '请选择延长后的期满日期' }]} {...dateItemProps}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={extension ? (d) => d.format('YYYY-MM-DD') < extension.earliest || d.format('YYYY-MM-DD') > extension.latest : undefined}
            />
          </Form.Item>
        )}
        <Form.Item label="原因/说明" name="reason" rules={[{ required: REASON_NEEDED_CHANGES.includes(change ?? ''), message: REASON_NEEDED }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
