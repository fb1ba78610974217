import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { SERVICE_POSTS } from '../../../api/dualReg';
import type { OnjobRow } from '../../../api/schemas/dualReg';
import { todayIso } from '../../../api/rules/dates';
import { checkIdNumber } from '../../../api/rules/idNumber';
import type { CallInput } from '../../../api/contract';
import { fillIn, ID_NUMBER_NEEDED } from '../../../api/vocab/messages';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { ImportDrawer } from '../members/import/ImportDrawer';

export function OnjobTab() {
  const { message } = App.useApp();
  const list = useLedgerQuery('dual.onjob', {});
  const units = useLedgerQuery('dual.units', {});
  const [editing, setEditing] = useState<Partial<OnjobRow> | null>(null);
  const [revoking, setRevoking] = useState<OnjobRow | null>(null);
  const [importing, setImporting] = useState(false);
  const [form] = Form.useForm<Omit<CallInput<'dual.saveOnjob'>, 'id'>>();
  const [revokeForm] = Form.useForm<Omit<CallInput<'dual.revokeOnjob'>, 'id'>>();
  const saveOnjob = useLedgerMutation('dual.saveOnjob');
  const revokeOnjob = useLedgerMutation('dual.revokeOnjob');
  const { submit: save } = useSubmit(
    form,
    (values) => saveOnjob.call({ ...values, id: editing?.id ?? null }),
    (saved) => {
      message.success(saved.memberId ? `已登记。${saved.name}同时在本社区党员花名册中，已关联` : '已登记');
      setEditing(null);
    },
  );
  const { submit: revoke } = useSubmit(
    revokeForm,
    (values) => revokeOnjob.call({ ...values, id: revoking!.id }),
    () => setRevoking(null),
  );

  return (
    <>
      <Button
        type="primary"
        style={{ marginBottom: 12 }}
        data-testid="onjob-add"
        onClick={() => {
          form.resetFields();
          form.setFieldsValue({ registeredOn: todayIso(), posts: [] });
          setEditing({});
        }}
      >
        在职党员报到登记
      </Button>{' '}
      <Button style={{ marginBottom: 12 }} data-testid="onjob-import" onClick={() => setImporting(true)}>
        导入单位名单
      </Button>
      <ImportDrawer open={importing} target="onjob" units={(units.data ?? []).filter((u) => !u.cancelledOn)} onClose={() => setImporting(false)} />
      <Table<OnjobRow>
        data-testid="onjob-table"
        rowKey="id"
        size="middle"
        dataSource={list.data}
        locale={{ emptyText: '还没有在职党员报到' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '性别', dataIndex: 'gender', width: 60 },
          { title: '工作单位及职务', dataIndex: 'workUnit' },
          { title: '报到单位', dataIndex: 'unitName' },
          { title: '居住小区/楼栋', dataIndex: 'residence' },
          { title: '认领岗位', dataIndex: 'posts', render: (p: string[]) => p.map((x) => <Tag key={x}>{x}</Tag>) },
          { title: '报到日期', dataIndex: 'registeredOn', width: 110 },
          {
            title: '状态',
            width: 170,
            render: (_, o) =>
              o.revokedOn ? (
                <Tag>已于{o.revokedOn}撤销</Tag>
              ) : (
                <>
                  <Tag color="green">已报到</Tag>
                  {o.memberId && <Tag color="red">本社区党员</Tag>}
                </>
              ),
          },
          {
            title: '',
            width: 110,
            render: (_, o) =>
              !o.revokedOn && (
                <>
                  <a
                    onClick={() => {
                      form.resetFields();
                      form.setFieldsValue(o);
                      setEditing(o);
                    }}
                  >
                    编辑
                  </a>{' '}
                  <a
                    onClick={() => {
                      revokeForm.setFieldsValue({ on: todayIso(), reason: '' });
                      setRevoking(o);
                    }}
                  >
                    撤销
                  </a>
                </>
              ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing?.id ? `编辑：${editing.name}` : '在职党员报到登记'}
        okText="保存"
        onOk={save}
        onCancel={() => setEditing(null)}
        width={680}
        okButtonProps={{ id: 'onjob-save' }}
      >
        <Form form={form} layout="vertical" name="onjob">
          <Form.Item label="姓名" name="name" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input />
          </Form.Item>
          <Form.Item
            label="公民身份号码"
            name="idNumber"
            rules={[
              { required: true, message: ID_NUMBER_NEEDED },
              {
                validator: async (_, v) => {
                  const c = checkIdNumber(v ?? '');
                  if (v && !c.ok) throw new Error(c.message);
                },
              },
            ]}
          >
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item label="联系电话" name="phone">
            <Input />
          </Form.Item>
          <Form.Item label="工作单位及职务" name="workUnit">
            <Input />
          </Form.Item>
          <Form.Item label="报到单位" name="unitId" extra="所在单位已到社区报到的，请选择">
            <Select allowClear options={(units.data ?? []).filter((u) => !u.cancelledOn).map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
          <Form.Item label="单位党组织" name="unitPartyOrg">
            <Input />
          </Form.Item>
          <Form.Item label="居住小区/楼栋" name="residence">
            <Input />
          </Form.Item>
          <Form.Item label="专业特长" name="skills">
            <Input />
          </Form.Item>
          <Form.Item label="认领岗位" name="posts">
            <Select mode="multiple" options={SERVICE_POSTS.map((p) => ({ value: p, label: p }))} />
          </Form.Item>
          <Form.Item label="报到日期" name="registeredOn" rules={[{ required: true, message: '请选择报到日期' }]} {...dateItemProps}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={revoking !== null}
        title={`撤销报到：${revoking?.name ?? ''}`}
        okText="确定撤销"
        okButtonProps={{ danger: true }}
        onOk={revoke}
        onCancel={() => setRevoking(null)}
      >
        <Form form={revokeForm} layout="vertical">
          <Form.Item label="撤销日期" name="on" rules={[{ required: true, message: '请选择日期' }]} {...dateItemProps}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="原因" name="reason" rules={[{ required: true, message: fillIn('原因') }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
