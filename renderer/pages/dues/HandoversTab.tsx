import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space, Table, Tag } from 'antd';
import type { DuesHandoverRow } from '../../../api/schemas/dues';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { HandoverModal } from './HandoverModal';
import { yuan } from './money';

/** 上缴: branches to the 社区党委, the 社区党委 to the street; balances per level; 冲销. */
export function HandoversTab({ year, closed }: { year: number; closed: boolean }) {
  const { message } = App.useApp();
  const data = useLedgerQuery('dues.handovers', { year });
  const [adding, setAdding] = useState(false);
  const [reversing, setReversing] = useState<DuesHandoverRow | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const reverse = useLedgerMutation('dues.reverseHandover');
  const { submit, busy } = useSubmit(
    form,
    (v) => reverse.call({ id: reversing!.id, reason: v.reason }),
    () => {
      message.success('已冲销该笔上缴');
      setReversing(null);
    },
  );
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" data-testid="dues-handover-add" disabled={closed} onClick={() => setAdding(true)}>
          登记上缴
        </Button>
        <span style={{ color: '#888' }}>党支部收缴的党费上缴社区党委，社区党委汇总后上缴街道党（工）委。记错的上缴用冲销更正。</span>
      </Space>
      <h4>{year}年各级结存</h4>
      <Table
        data-testid="dues-balances"
        rowKey="orgId"
        size="small"
        pagination={false}
        dataSource={data.data?.balances}
        columns={[
          { title: '党组织', dataIndex: 'orgName' },
          { title: '收缴（元）', dataIndex: 'collectedFen', width: 120, align: 'right', render: (v: number) => yuan(v) },
          { title: '收到下级上缴（元）', dataIndex: 'receivedFen', width: 150, align: 'right', render: (v: number) => yuan(v) },
          { title: '已上缴（元）', dataIndex: 'handedFen', width: 120, align: 'right', render: (v: number) => yuan(v) },
          { title: '结存（元）', dataIndex: 'balanceFen', width: 120, align: 'right', render: (v: number) => <strong>{yuan(v)}</strong> },
        ]}
      />
      <h4 style={{ marginTop: 16 }}>上缴记录</h4>
      <Table<DuesHandoverRow>
        data-testid="dues-handovers-table"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.data?.rows}
        locale={{ emptyText: `${year}年还没有上缴记录` }}
        columns={[
          { title: '上缴日期', dataIndex: 'handedOn', width: 110 },
          { title: '上缴单位', dataIndex: 'fromOrgName' },
          { title: '接收单位', dataIndex: 'toOrgName' },
          { title: '所属期间', width: 160, render: (_, r) => `${r.periodFrom} 至 ${r.periodTo}` },
          { title: '金额（元）', dataIndex: 'amountFen', width: 110, align: 'right', render: (v: number) => yuan(v) },
          { title: '收据编号', dataIndex: 'receiptNo', width: 120, render: (v: string | null) => v ?? '—' },
          {
            title: '备注',
            dataIndex: 'note',
            render: (v: string | null, r) => (
              <>
                {r.reversesId !== null && <Tag>冲销记录</Tag>}
                {v}
              </>
            ),
          },
          {
            title: '',
            width: 80,
            render: (_, r) =>
              r.reversedById !== null ? (
                <Tag>已冲销</Tag>
              ) : closed || r.reversesId !== null ? null : (
                <a
                  onClick={() => {
                    form.resetFields();
                    setReversing(r);
                  }}
                >
                  冲销
                </a>
              ),
          },
        ]}
      />
      <HandoverModal open={adding} year={year} onClose={() => setAdding(false)} />
      <Modal
        open={reversing !== null}
        title="冲销上缴记录"
        okText="冲销"
        okButtonProps={{ danger: true }}
        onOk={submit}
        confirmLoading={busy}
        onCancel={() => setReversing(null)}
        destroyOnHidden
      >
        <p style={{ color: '#888' }}>上缴记录不能修改或删除；冲销会记一笔金额相反的记录，原记录保留。</p>
        <Form form={form} layout="vertical">
          <Form.Item label="冲销原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写冲销原因' }]}>
            <Input.TextArea aria-label="冲销原因" rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
