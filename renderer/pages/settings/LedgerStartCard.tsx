import { useEffect } from 'react';
import { App, Button, Card, DatePicker, Descriptions, Form } from 'antd';
import { dayText, meetingsFromText, monthText } from '../../../api/rules/coverage';
import type { CallInput } from '../../../api/contract';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

type Values = CallInput<'settings.setLedgerStart'>;

/**
 * 建账日期 (docs/ledgerStart.md): from when the ledger keeps 三会一课 and 党费. It can move back
 * any time (earlier records typed in from the binders then count); forward only while no record
 * lies before the new day: the server names the record that refuses it.
 */
export function LedgerStartCard() {
  const { message } = App.useApp();
  const info = useLedgerQuery('settings.ledgerStart', {});
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (info.data) form.setFieldsValue({ startDate: info.data.startDate ?? info.data.suggested, meetingsStart: info.data.meetingsStart });
  }, [info.data, form]);
  const setStart = useLedgerMutation('settings.setLedgerStart');
  const { submit: save, busy } = useSubmit(
    form,
    (v) => setStart.call({ startDate: v.startDate ?? '', meetingsStart: v.meetingsStart ?? null }),
    () => void message.success('已保存建账日期，各项统计已按新的日期计算'),
  );
  const d = info.data;
  return (
    <Card title="建账日期" style={{ marginBottom: 16 }} data-testid="ledger-start-card">
      <Form form={form} layout="inline">
        <Form.Item label="建账日期" name="startDate" rules={[{ required: true, message: '请选择建账日期' }]} {...dateItemProps}>
          <DatePicker aria-label="建账日期" data-testid="settings-ledger-start" />
        </Form.Item>
        <Form.Item label="三会一课起始日期" name="meetingsStart" extra="留空即与建账日期相同" {...dateItemProps}>
          <DatePicker aria-label="三会一课起始日期" data-testid="settings-meetings-start" />
        </Form.Item>
        <Button onClick={save} loading={busy} disabled={!d} data-testid="settings-ledger-start-save">
          保存
        </Button>
      </Form>
      {d && (
        <Descriptions size="small" column={1} style={{ marginTop: 12 }} data-testid="ledger-start-coverage">
          <Descriptions.Item label="三会一课">
            {d.meetingsFrom ? `自${meetingsFromText(d.meetingsFrom)}起计（${dayText(d.meetingsFrom)}所在的期间）` : '全部期间'}
          </Descriptions.Item>
          <Descriptions.Item label="党费">
            {d.duesFromMonth ? `自${monthText(d.duesFromMonth)}起计${d.duesStartMonth ? '（在“党费”中设置）' : '（随建账日期）'}` : '全部月份'}
          </Descriptions.Item>
          {d.earliestRecord && <Descriptions.Item label="最早的记录">{d.earliestRecord}</Descriptions.Item>}
        </Descriptions>
      )}
      <p style={{ color: '#888', marginTop: 8 }}>
        建账日期之前的期间不算未开、欠交，不提醒，上报时注明“此前不计”。补录更早的会议后可把日期往前改，统计随之改变；有记录在新日期之前时不能往后改。
        {d && !d.startDate ? ' 尚未设置：目前按全部期间统计。' : ''}
      </p>
    </Card>
  );
}
