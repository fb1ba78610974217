import { useLayoutEffect } from 'react';
import { App, Button, Form, Input, Modal, Select } from 'antd';
import { todayIso } from '../../../../api/rules/dates';
import type { DuesReceivedRecord } from '../../../../api/schemas/streetPlan';
import { DateItem, TextItem } from '../../../components/FormItems';
import { useSubmit } from '../../../components/useSubmit';
import { useLedgerMutation } from '../../../useLedgerMutation';
import { toFen, yuanRule } from '../../dues/money';
import { yuan } from '../period';

export type ReceivedTarget = { kind: 'new'; communities: { id: number; name: string }[] } | { kind: 'correct'; record: DuesReceivedRecord };

interface Values {
  communityId: number;
  receivedOn: string;
  money: string;
  /** A correction: 减 takes off, 增 adds. */
  sign: '增' | '减';
  note: string | null;
}

/** 登记到账 (a new record) or 更正 (a new record naming the one it corrects, its amount the difference). */
export function ReceivedModal({ target, onClose }: { target: ReceivedTarget | undefined; onClose: () => void }) {
  const save = useLedgerMutation('street.recordDuesReceived');
  const correcting = target?.kind === 'correct' ? target.record : null;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // Defaults at each opening, set before the browser handles any input (a layout effect).
  useLayoutEffect(() => {
    if (target === undefined) return;
    form.resetFields();
    form.setFieldsValue(
      target.kind === 'correct' ? { communityId: target.record.communityId, receivedOn: target.record.receivedOn, sign: '减' } : { receivedOn: todayIso() },
    );
  }, [target, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) => {
      const fen = toFen(v.money) ?? 0;
      return save.call({
        communityId: v.communityId,
        receivedOn: v.receivedOn,
        amountFen: correcting && v.sign === '减' ? -fen : fen,
        note: v.note || null,
        corrects: correcting?.id ?? null,
      });
    },
    () => {
      message.success(correcting ? '已登记更正' : '已登记到账');
      onClose();
    },
    { fallbackField: 'money' },
  );
  return (
    <Modal
      open={target !== undefined}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      okText="保存"
      title={correcting ? `更正到账记录（${correcting.community} ${correcting.receivedOn} ${yuan(correcting.amountFen)}元）` : '登记党费到账'}
      okButtonProps={{ 'data-testid': 'street-received-save' } as React.ComponentProps<typeof Button>}
      width={480}
    >
      <Form form={form} layout="vertical" data-testid="street-received-form">
        <Form.Item label="社区" name="communityId" rules={[{ required: true, message: '请选择社区' }]} hidden={correcting !== null}>
          <Select
            aria-label="社区"
            data-testid="street-received-community"
            options={target?.kind === 'new' ? target.communities.map((c) => ({ value: c.id, label: c.name })) : []}
          />
        </Form.Item>
        {correcting === null && <DateItem label="到账日期" name="receivedOn" required />}
        {correcting !== null && (
          <Form.Item label="更正方向" name="sign">
            <Select
              aria-label="更正方向"
              options={[
                { value: '减', label: '冲减（多记了）' },
                { value: '增', label: '补记（少记了）' },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item label={correcting ? '更正金额（元）' : '金额（元）'} name="money" rules={[yuanRule(true, '金额')]}>
          <Input aria-label="金额" data-testid="street-received-money" placeholder="例如 1200.00" />
        </Form.Item>
        <TextItem label={correcting ? '更正原因' : '备注'} name="note" required={correcting !== null} />
      </Form>
    </Modal>
  );
}
