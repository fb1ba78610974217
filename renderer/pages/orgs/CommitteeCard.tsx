import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Select, Table } from 'antd';
import type { CallInput } from '../../../api/contract';
import { COMMITTEE_ROLES } from '../../../api/enums';
import type { OrgDetail } from '../../../api/schemas/orgs';
import { todayIso } from '../../../api/rules/dates';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';

/** 支委 (or 党委委员) with their terms; ending a term keeps the row as history. */
export function CommitteeCard({ org }: { org: OrgDetail }) {
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Omit<CallInput<'orgs.committeeAdd'>, 'orgId' | 'memberId'>>();
  const addMember = useLedgerMutation('orgs.committeeAdd');
  const endTerm = useLedgerMutation('orgs.committeeEnd');
  const { submit: add } = useSubmit(
    form,
    (values) => addMember.call({ ...values, orgId: org.id, memberId: null }),
    () => setAdding(false),
  );

  async function end(id: number) {
    const result = await endTerm.call({ id, endOn: todayIso() });
    if (!result.ok) message.error(result.error.message);
  }

  return (
    <Card
      title={org.kind === '党小组' ? '党小组组长' : '委员会成员'}
      size="small"
      extra={
        !org.closedOn && (
          <Button
            size="small"
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ startOn: todayIso(), role: '委员' });
              setAdding(true);
            }}
          >
            添加委员
          </Button>
        )
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={org.committee}
        locale={{ emptyText: '尚未登记' }}
        columns={[
          { title: '职务', dataIndex: 'role' },
          { title: '姓名', dataIndex: 'name' },
          { title: '任职日期', dataIndex: 'startOn' },
          { title: '离任日期', dataIndex: 'endOn', render: (v) => v ?? '在任' },
          {
            title: '',
            render: (_, row) =>
              !row.endOn && (
                <Popconfirm title={`确认${row.name}今天离任？`} onConfirm={() => end(row.id)} okText="确认" cancelText="取消">
                  <Button size="small" type="link">
                    离任
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal open={adding} title="添加委员" okText="保存" onOk={add} onCancel={() => setAdding(false)} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item label="姓名" name="name" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="职务" name="role" rules={[{ required: true, message: '请选择职务' }]}>
            <Select options={COMMITTEE_ROLES.map((r) => ({ value: r, label: r }))} />
          </Form.Item>
          <Form.Item label="任职日期" name="startOn" rules={[{ required: true, message: '请选择任职日期' }]} {...dateItemProps}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="备注" name="note">
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
