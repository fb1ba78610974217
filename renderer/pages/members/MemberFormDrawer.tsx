import { useEffect } from 'react';
import { App, Button, Checkbox, Col, DatePicker, Divider, Drawer, Form, Input, Row, Select, Space } from 'antd';
import type { CallInput } from '../../../api/contract';
import { COMMON_ETHNICITIES, COMMUNITY_CLASSES, EDUCATIONS, GENDERS, MEMBER_CATEGORIES } from '../../../api/enums';
import type { MemberDetail } from '../../../api/schemas/members';
import type { OrgRow } from '../../../api/schemas/orgs';
import { todayIso } from '../../../api/rules/dates';
import { ID_NUMBER_NEEDED } from '../../../api/vocab/messages';
import { dateItemProps, monthItemProps } from '../../components/dateField';
import { INVALID_FORM, useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { orgPath } from '../orgs/orgTree';
import { FACT_DEPENDENCIES, fillFromIdNumber, sharedRules } from './memberFormRules';

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const FLAGS = [
  ['isCenterHousehold', '党员中心户'],
  ['isInDifficulty', '困难党员'],
  ['isVeteran', '老党员/光荣在党50年'],
  ['isFrail', '年老体弱'],
] as const;

type CreateInput = CallInput<'members.create'>;
/** The member's fields, and (when adding) whether a 转入 is recorded with them. */
export type MemberFormValues = Omit<CreateInput, 'transferIn'> & {
  transferred?: boolean;
  transferIn?: NonNullable<CreateInput['transferIn']>;
  /** When editing: the day a new 支部, 党小组 or 社区分类 takes effect. */
  effectiveOn?: string | null;
};

/** The dated facts the form can change: past rosters and meetings keep the old value before the change's date. */
const DATED_FIELDS = ['branchId', 'groupId', 'communityClass'] as const;

interface Props {
  open: boolean;
  editing?: MemberDetail;
  orgs: OrgRow[];
  onClose: () => void;
  onSaved: (id: number) => void;
}

export function MemberFormDrawer({ open, editing, orgs, onClose, onSaved }: Props) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<MemberFormValues>();
  const branchId = Form.useWatch('branchId', form);
  const transferred = Form.useWatch('transferred', form);
  const groupId = Form.useWatch('groupId', form);
  const communityClass = Form.useWatch('communityClass', form);
  const watched = { branchId, groupId, communityClass };
  // An untouched 党小组 is watched as undefined until the form is filled: only a real difference counts.
  const datedChange = editing !== undefined && DATED_FIELDS.some((f) => watched[f] !== undefined && (watched[f] ?? null) !== (editing[f] ?? null));
  const create = useLedgerMutation('members.create');
  const update = useLedgerMutation('members.update');
  const { submit, busy } = useSubmit(
    form,
    ({ transferred: hasTransfer, transferIn, effectiveOn, ...fields }) =>
      editing
        ? update.call({ ...fields, id: editing.id, effectiveOn: datedChange ? effectiveOn : null })
        : create.call({ ...fields, transferIn: hasTransfer ? transferIn : null }),
    (saved) => {
      if (saved.warnings.length > 0) modal.warning({ title: '已保存，但请核对以下内容', content: saved.warnings.map((w) => <div key={w}>{w}</div>) });
      else message.success(editing ? '已保存' : '已新增党员');
      onSaved(saved.id);
    },
    { invalidMessage: INVALID_FORM },
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(editing ?? { ethnicity: '汉族', category: '正式党员', communityClass: '直管' });
  }, [open, editing, form]);

  const openOrgs = orgs.filter((o) => !o.closedOn);
  const branches = openOrgs.filter((o) => o.kind === '党支部' || o.kind === '联合党支部').map((o) => ({ value: o.id, label: orgPath(orgs, o.id) }));
  const groups = openOrgs.filter((o) => o.kind === '党小组' && o.parentId === branchId).map((o) => ({ value: o.id, label: o.name }));

  return (
    <Drawer
      open={open}
      title={editing ? `编辑党员：${editing.name}` : '新增党员'}
      rootClassName="member-form-drawer"
      size={820}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={busy} onClick={submit} data-testid="member-save">
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" name="member">
        <Divider titlePlacement="start">基本信息</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label="公民身份号码" name="idNumber" rules={[{ required: true, message: ID_NUMBER_NEEDED }, ...sharedRules(form, 'idNumber')]}>
              <Input maxLength={20} onChange={(e) => fillFromIdNumber(form, e.target.value)} placeholder="18位，末位可为X" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label="性别"
              name="gender"
              dependencies={FACT_DEPENDENCIES}
              rules={[{ required: true, message: '请选择性别' }, ...sharedRules(form, 'gender')]}
            >
              <Select options={options(GENDERS)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label="出生日期"
              name="birthDate"
              dependencies={FACT_DEPENDENCIES}
              rules={[{ required: true, message: '请填写出生日期' }, ...sharedRules(form, 'birthDate')]}
              {...dateItemProps}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="民族" name="ethnicity">
              <Select showSearch options={options(COMMON_ETHNICITIES)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="学历" name="education">
              <Select allowClear options={options(EDUCATIONS)} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">党籍信息</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              label="入党日期"
              name="joinedOn"
              dependencies={FACT_DEPENDENCIES}
              rules={[{ required: true, message: '请填写入党日期' }, ...sharedRules(form, 'joinedOn')]}
              {...dateItemProps}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label="人员类别"
              name="category"
              dependencies={FACT_DEPENDENCIES}
              rules={[{ required: true, message: '请选择人员类别' }, ...sharedRules(form, 'category')]}
            >
              <Select options={options(MEMBER_CATEGORIES)} disabled={editing?.category === '正式党员'} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="转正日期" name="fullMemberOn" dependencies={FACT_DEPENDENCIES} rules={sharedRules(form, 'fullMemberOn')} {...dateItemProps}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="所在党支部" name="branchId" rules={[{ required: true, message: '请选择所在党支部' }]}>
              <Select options={branches} onChange={() => form.setFieldValue('groupId', null)} notFoundContent="请先在“党组织”中新增党支部" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="所在党小组" name="groupId">
              <Select allowClear options={groups} notFoundContent="该支部下没有党小组" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="社区分类" name="communityClass" rules={[{ required: true, message: '请选择社区分类' }]} extra="本社区的管理分类，与人员类别无关">
              <Select options={options(COMMUNITY_CLASSES)} />
            </Form.Item>
          </Col>
          {datedChange && (
            <Col span={8}>
              <Form.Item
                label="变动生效日期"
                name="effectiveOn"
                initialValue={todayIso()}
                rules={[
                  { required: true, message: '请选择变动生效日期' },
                  { validator: (_, v?: string | null) => (v && v > todayIso() ? Promise.reject(new Error('变动生效日期不能晚于今天')) : Promise.resolve()) },
                ]}
                extra="此日期之前的花名册和会议仍按原支部、党小组、社区分类计算"
                {...dateItemProps}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()} data-testid="member-effective-on" />
              </Form.Item>
            </Col>
          )}
          <Col span={8}>
            <Form.Item label="党内职务" name="partyPost">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="党费交纳至" name="duesPaidThrough" {...monthItemProps}>
              <DatePicker picker="month" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">联系与居住</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="联系电话" name="phone">
              <Input />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label="工作单位及职务" name="workUnit">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="居住小区" name="residenceCommunity">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="楼栋" name="building">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="房号" name="room">
              <Input />
            </Form.Item>
          </Col>
          {/* A new member's 流动去向, 失联日期 and 党员中心户 become register records; after that they are kept in 流动与关怀 only. */}
          {editing ? (
            <Col span={24}>
              <Form.Item label="流动去向、失联、党员中心户">
                <span data-testid="member-care-link">
                  {[
                    editing.flowDestination && `流出至${editing.flowDestination}`,
                    editing.lostContactOn && `自${editing.lostContactOn}失联`,
                    editing.isCenterHousehold && '党员中心户',
                  ]
                    .filter(Boolean)
                    .join('；') || '无'}
                  ，在 <a href="#/care">流动与关怀</a> 中登记和修改
                </span>
              </Form.Item>
            </Col>
          ) : (
            <>
              <Col span={16}>
                <Form.Item label="流动去向（流出党员）" name="flowDestination" extra="保存后记入流动党员登记（外出日期记为今天），可在“流动与关怀”中补充">
                  <Input />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item label="失联日期" name="lostContactOn" {...dateItemProps}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
        <Space wrap style={{ marginBottom: 16 }}>
          {FLAGS.filter(([name]) => !editing || name !== 'isCenterHousehold').map(([name, label]) => (
            <Form.Item key={name} name={name} valuePropName="checked" noStyle>
              <Checkbox>{label}</Checkbox>
            </Form.Item>
          ))}
        </Space>
        <Form.Item label="备注" name="note">
          <Input.TextArea rows={2} />
        </Form.Item>
        {!editing && (
          <>
            <Form.Item name="transferred" valuePropName="checked">
              <Checkbox>组织关系从外单位转入（登记转入信息）</Checkbox>
            </Form.Item>
            {transferred && (
              <Row gutter={16}>
                <Col span={10}>
                  <Form.Item label="从何处转入" name={['transferIn', 'fromPlace']} rules={[{ required: true, message: '请填写转出单位' }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <Form.Item label="转入日期" name={['transferIn', 'occurredOn']} rules={[{ required: true, message: '请填写转入日期' }]} {...dateItemProps}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <Form.Item label="介绍信编号" name={['transferIn', 'letterNo']}>
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
            )}
          </>
        )}
      </Form>
    </Drawer>
  );
}
