import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Table, Tag } from 'antd';
import type { CallInput } from '../../../api/contract';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/** 年度封账: close a reported year (read-only everywhere), or reopen it with a recorded reason. */
export function ClosingTab({ year }: { year: number }) {
  const { message } = App.useApp();
  const status = useLedgerQuery('years.status', {});
  const settings = useLedgerQuery('settings.get', {});
  const [reopening, setReopening] = useState(false);
  const [form] = Form.useForm<Omit<CallInput<'years.reopen'>, 'year'>>();
  const closed = status.data?.closedYears.includes(year) ?? false;
  const operator = settings.data?.preparer || '党务工作者';
  const closeYear = useLedgerMutation('years.close');
  const reopenYear = useLedgerMutation('years.reopen');
  const { submit: reopen } = useSubmit(
    form,
    (values) => reopenYear.call({ year, ...values }),
    () => {
      setReopening(false);
      message.success(`${year}年度已重新开启`);
    },
  );

  async function close() {
    const r = await closeYear.call({ year, operator });
    if (!r.ok) return message.error(r.error.message);
    message.success(`${year}年度已封账，封账前已自动备份数据`);
  }

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <p>
          {year}年度当前状态：
          {closed ? (
            <Tag color="blue" data-testid="year-state">
              已封账（只读）
            </Tag>
          ) : (
            <Tag color="green" data-testid="year-state">
              未封账
            </Tag>
          )}
        </p>
        <p style={{ color: '#888' }}>
          封账后，该年度的会议记录、出勤、双报到活动、积分、星级和民主评议都不能再修改；封账前会重新计算一次积分并自动备份。重新开启需要填写原因，并留下记录。
        </p>
        {closed ? (
          <Button
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ operator });
              setReopening(true);
            }}
          >
            重新开启{year}年度
          </Button>
        ) : (
          <Popconfirm
            title={`确定封账${year}年度？`}
            description="封账后该年度记录只读"
            okText="封账"
            cancelText="取消"
            okButtonProps={{ 'data-testid': 'confirm-close' } as React.ComponentProps<typeof Button>}
            onConfirm={close}
          >
            <Button type="primary" danger data-testid="close-year">
              封账{year}年度
            </Button>
          </Popconfirm>
        )}
      </Card>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={status.data?.events}
        locale={{ emptyText: '尚无封账记录' }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          { title: '操作', dataIndex: 'action', width: 100 },
          { title: '原因', dataIndex: 'reason' },
          { title: '经办人', dataIndex: 'operator', width: 120 },
          { title: '时间', dataIndex: 'at', width: 200, render: (v: string) => new Date(v).toLocaleString('zh-CN') },
        ]}
      />
      <Modal open={reopening} title={`重新开启${year}年度`} okText="重新开启" onOk={reopen} onCancel={() => setReopening(false)} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item label="重新开启的原因" name="reason" rules={[{ required: true, message: '请填写重新开启的原因' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item label="经办人" name="operator" rules={[{ required: true, message: '请填写经办人' }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
