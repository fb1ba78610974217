import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { UNIT_CATEGORIES } from '../../../api/dualReg';
import type { CallInput } from '../../../api/contract';
import type { UnitRow } from '../../../api/schemas/dualReg';
import { todayIso } from '../../../api/rules/dates';
import { fillIn } from '../../../api/vocab/messages';
import { dateItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

export function UnitsTab() {
  const units = useLedgerQuery('dual.units', {});
  const [editing, setEditing] = useState<Partial<UnitRow> | null>(null);
  const [cancelling, setCancelling] = useState<UnitRow | null>(null);
  const [form] = Form.useForm<Omit<CallInput<'dual.saveUnit'>, 'id'>>();
  const [cancelForm] = Form.useForm<Omit<CallInput<'dual.cancelUnit'>, 'id'>>();
  const saveUnit = useLedgerMutation('dual.saveUnit');
  const cancelUnit = useLedgerMutation('dual.cancelUnit');
  const { submit: save } = useSubmit(
    form,
    (values) => saveUnit.call({ ...values, id: editing?.id ?? null }),
    () => setEditing(null),
  );
  const { submit: cancel } = useSubmit(
    cancelForm,
    (values) => cancelUnit.call({ ...values, id: cancelling!.id }),
    () => setCancelling(null),
  );

  return (
    <>
      <Button
        type="primary"
        style={{ marginBottom: 12 }}
        data-testid="unit-add"
        onClick={() => {
          form.resetFields();
          form.setFieldsValue({ registeredOn: todayIso() });
          setEditing({});
        }}
      >
        单位报到登记
      </Button>
      <Table<UnitRow>
        data-testid="unit-table"
        rowKey="id"
        size="middle"
        dataSource={units.data}
        locale={{ emptyText: '还没有单位报到' }}
        columns={[
          { title: '单位名称', dataIndex: 'name' },
          { title: '党组织名称', dataIndex: 'partyOrgName' },
          { title: '类别', dataIndex: 'category', width: 100 },
          { title: '联系人', dataIndex: 'contactName', width: 90 },
          { title: '联系电话', dataIndex: 'contactPhone', width: 130 },
          { title: '报到日期', dataIndex: 'registeredOn', width: 110 },
          { title: '在职党员', dataIndex: 'members', width: 90 },
          { title: '状态', width: 140, render: (_, u) => (u.cancelledOn ? <Tag>已于{u.cancelledOn}注销</Tag> : <Tag color="green">在册</Tag>) },
          {
            title: '',
            width: 120,
            render: (_, u) =>
              !u.cancelledOn && (
                <>
                  <a
                    onClick={() => {
                      form.resetFields();
                      form.setFieldsValue(u);
                      setEditing(u);
                    }}
                  >
                    编辑
                  </a>{' '}
                  <a
                    onClick={() => {
                      cancelForm.setFieldsValue({ on: todayIso(), reason: '' });
                      setCancelling(u);
                    }}
                  >
                    注销
                  </a>
                </>
              ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing?.id ? `编辑：${editing.name}` : '单位报到登记'}
        okText="保存"
        onOk={save}
        onCancel={() => setEditing(null)}
        width={680}
        okButtonProps={{ id: 'unit-save' }}
      >
        <Form form={form} layout="vertical" name="unit">
          <Form.Item label="单位名称" name="name" rules={[{ required: true, message: '请填写单位名称' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="党组织名称" name="partyOrgName">
            <Input />
          </Form.Item>
          <Form.Item label="类别" name="category">
            <Select allowClear options={UNIT_CATEGORIES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item label="联系人" name="contactName">
            <Input />
          </Form.Item>
          <Form.Item label="联系电话" name="contactPhone">
            <Input />
          </Form.Item>
          <Form.Item label="报到日期" name="registeredOn" rules={[{ required: true, message: '请选择报到日期' }]} {...dateItemProps}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="共驻共建协议签订日期" name="agreementSignedOn" {...dateItemProps}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="协议内容" name="agreementContent">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item label="资源清单（能提供的场地、人员、物资等）" name="resources">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item label="认领项目" name="projects">
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={cancelling !== null}
        title={`注销：${cancelling?.name ?? ''}`}
        okText="确定注销"
        okButtonProps={{ danger: true }}
        onOk={cancel}
        onCancel={() => setCancelling(null)}
      >
        <Form form={cancelForm} layout="vertical">
          <Form.Item label="注销日期" name="on" rules={[{ required: true, message: '请选择日期' }]} {...dateItemProps}>
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
