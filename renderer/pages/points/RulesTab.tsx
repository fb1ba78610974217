import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { MEETING_TYPES } from '../../../api/meetingTypes';
import { RULE_APPLIES_TO, RULE_CATEGORIES, RULE_SOURCE_LABELS, RULE_SOURCES, starLabel, type StarLevel } from '../../../api/points';
import type { CallInput } from '../../../api/contract';
import type { PointRule } from '../../../api/schemas/points';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

const describe = (r: PointRule) => {
  const per = r.source === 'activityHours' ? `每${r.perHours}小时` : '每次';
  if (r.category === '一票否决') return '年度总分记 0 分';
  if (r.source === 'base') return `${r.points} 分`;
  return `${per} ${r.points > 0 ? '+' : ''}${r.points}${r.cap ? `，年度上限 ${r.cap}` : ''}`;
};

/** A code for a new rule, unused in the year: codes are the ledger's keys, names are what people read. */
const freeCode = (rules: readonly { code: string }[]) => {
  const taken = new Set(rules.map((r) => r.code));
  let n = rules.length + 1;
  while (taken.has(`LOCAL_${n}`)) n += 1;
  return `LOCAL_${n}`;
};

type RuleValues = Omit<CallInput<'points.saveRule'>, 'id' | 'year'>;

/** A rule as the form shows it: the ledger's lists as the contract's choices. */
const ruleValues = (r: PointRule): RuleValues => ({
  ...r,
  meetingTypes: MEETING_TYPES.filter((t) => r.meetingTypes.includes(t)),
  appliesTo: RULE_APPLIES_TO.find((a) => a === r.appliesTo),
});

/** A year's scheme: rules and star thresholds. Saving re-derives the year's automatic points. */
export function RulesTab({ year, closed }: { year: number; closed: boolean }) {
  const { message } = App.useApp();
  const rules = useLedgerQuery('points.rules', { year });
  const stars = useLedgerQuery('points.stars', { year });
  const [editing, setEditing] = useState<Partial<PointRule> | null>(null);
  const [levels, setLevels] = useState<StarLevel[]>([]);
  const [form] = Form.useForm<RuleValues>();
  const source = Form.useWatch('source', form);
  useEffect(() => setLevels(stars.data ?? []), [stars.data]);
  const adoptDefault = useLedgerMutation('points.adoptDefault');
  const copyScheme = useLedgerMutation('points.copyScheme');
  const saveRule = useLedgerMutation('points.saveRule');
  const saveStars = useLedgerMutation('points.saveStars');
  const { submit: save } = useSubmit(
    form,
    (values) => saveRule.call({ ...values, appliesTo: RULE_APPLIES_TO.find((a) => a === editing?.appliesTo), year, id: editing?.id ?? null }),
    () => {
      message.success('规则已保存，全年自动积分已重新计算');
      setEditing(null);
    },
  );

  async function start(call: 'points.adoptDefault' | 'points.copyScheme') {
    const r = call === 'points.adoptDefault' ? await adoptDefault.call({ year }) : await copyScheme.call({ from: year - 1, to: year });
    if (!r.ok) return message.error(r.error.message);
    message.success(`已建立${year}年积分规则，并按规则计算了全年自动积分`);
  }
  async function saveLevels() {
    const r = await saveStars.call({ year, levels });
    if (!r.ok) return message.error(r.error.message);
    message.success('星级标准已保存');
  }

  if (rules.data && rules.data.length === 0) {
    return (
      <Card data-testid="no-scheme">
        <p>{year}年尚未设置积分规则。积分办法各地不同，可以从默认方案开始，再按本社区办法修改。</p>
        <Space>
          <Button type="primary" data-testid="adopt-default" disabled={closed} onClick={() => start('points.adoptDefault')}>
            使用默认方案
          </Button>
          <Button disabled={closed} onClick={() => start('points.copyScheme')}>
            复制{year - 1}年的规则
          </Button>
        </Space>
      </Card>
    );
  }
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button
          disabled={closed}
          data-testid="rule-add"
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ code: freeCode(rules.data ?? []), category: '加分', source: 'manual', points: 1, meetingTypes: [], active: true });
            setEditing({});
          }}
        >
          新增规则
        </Button>
        <span style={{ color: '#888' }}>积分办法为本地规则（默认方案可修改）；修改后本年度自动积分会按新规则重新计算。</span>
      </Space>
      <Table<PointRule>
        data-testid="rules-table"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rules.data}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '类别', dataIndex: 'category', width: 90 },
          { title: '分值', width: 200, render: (_, r) => describe(r) },
          { title: '来源', render: (_, r) => `${RULE_SOURCE_LABELS[r.source]}${r.meetingTypes.length ? `：${r.meetingTypes.join('、')}` : ''}` },
          { title: '状态', width: 70, render: (_, r) => (r.active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
          {
            title: '',
            width: 60,
            render: (_, r) =>
              closed ? null : (
                <a
                  onClick={() => {
                    form.resetFields();
                    form.setFieldsValue(ruleValues(r));
                    setEditing(r);
                  }}
                >
                  修改
                </a>
              ),
          },
        ]}
      />
      <Card
        size="small"
        title="星级标准（年度总分达到即评为该星级）"
        style={{ marginTop: 16 }}
        extra={
          <Button disabled={closed} onClick={saveLevels}>
            保存星级标准
          </Button>
        }
      >
        <Space wrap>
          {levels.map((l) => (
            <span key={l.stars}>
              {starLabel(l.stars)} ≥{' '}
              <InputNumber
                disabled={closed}
                style={{ width: 80 }}
                value={l.minPoints}
                onChange={(v) => setLevels((all) => all.map((x) => (x.stars === l.stars ? { ...x, minPoints: v ?? 0 } : x)))}
              />{' '}
              分
            </span>
          ))}
        </Space>
      </Card>
      <Modal
        open={editing !== null}
        title={editing?.id ? '修改积分规则' : '新增积分规则'}
        okText="保存"
        onOk={save}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          {/* The code links a rule to its entries; the user never needs to see it, only the name. */}
          <Form.Item name="code" hidden>
            <Input />
          </Form.Item>
          <Form.Item label="名称" name="name" rules={[{ required: true, message: '请填写名称' }]}>
            <Input style={{ width: 400 }} />
          </Form.Item>
          <Space>
            <Form.Item label="类别" name="category">
              <Select style={{ width: 120 }} options={RULE_CATEGORIES.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
            <Form.Item label="分值（扣分填负数）" name="points" rules={[{ required: true, message: '请填写分值' }]}>
              <InputNumber />
            </Form.Item>
            <Form.Item label="年度上限（留空不限）" name="cap">
              <InputNumber min={0} />
            </Form.Item>
          </Space>
          <Form.Item label="来源" name="source">
            <Select options={RULE_SOURCES.map((s) => ({ value: s, label: RULE_SOURCE_LABELS[s] }))} />
          </Form.Item>
          {source === 'meeting' && (
            <Form.Item label="会议类型" name="meetingTypes">
              <Checkbox.Group options={MEETING_TYPES.map((t) => ({ value: t, label: t }))} />
            </Form.Item>
          )}
          {source === 'activityHours' && (
            <Form.Item label="每多少小时计一次" name="perHours" rules={[{ required: true, message: '请填写小时数' }]}>
              <InputNumber min={0.5} />
            </Form.Item>
          )}
          <Form.Item label="启用" name="active" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
