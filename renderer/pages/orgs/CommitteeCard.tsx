import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Select, Table } from 'antd';
import { COMMITTEE_ROLES } from '../../../api/enums';
import type { OrgDetail } from '../../../api/schemas/orgs';
import { todayIso } from '../../../api/rules/dates';
import { client } from '../../api';
import { dateItemProps } from '../../components/dateField';
import { showFieldError } from '../../components/formErrors';

/** 支委 (or 党委委员) with their terms; ending a term keeps the row as history. */
export function CommitteeCard({ org, onChanged }: { org: OrgDetail; onChanged: () => void }) {
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm();

  async function add() {
    const values = await form.validateFields();
    const result = await client.call('orgs.committeeAdd', { ...values, orgId: org.id, memberId: null });
    if (result.ok) {
      setAdding(false);
      onChanged();
    } else if (!showFieldError(form, result.error)) message.error(result.error.message);
  }

  async function end(id: number) {
    const result = await client.call('orgs.committeeEnd', { id, endOn: todayIso() });
    if (result.ok) onChanged();
    else message.error(result.error.message);
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
