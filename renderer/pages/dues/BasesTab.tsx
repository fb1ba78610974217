import { useState } from 'react';
import { Alert, App, Checkbox, Form, Input, Modal, Space, Table, Tag } from 'antd';
import type { DuesBaseRow } from '../../../api/schemas/dues';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { BaseFormModal } from './BaseFormModal';
import { BasesImportButton } from './BasesImportButton';
import { BranchSelect } from './BranchSelect';
import { monthRuns, yuan } from './money';

const PAGE_SIZE = 100;

/** 基数核定: each member's 缴费类别 and base in force in the year, entered or imported. */
export function BasesTab({ year, closed }: { year: number; closed: boolean }) {
  const { message } = App.useApp();
  const [orgId, setOrgId] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const [missingOnly, setMissingOnly] = useState(false);
  const bases = useLedgerQuery('dues.bases', { year, orgId, keyword: null, missingOnly, page, pageSize: PAGE_SIZE });
  const [editing, setEditing] = useState<DuesBaseRow | null>(null);
  const [voiding, setVoiding] = useState<DuesBaseRow | null>(null);
  const [voidForm] = Form.useForm<{ reason: string }>();
  const voidBase = useLedgerMutation('dues.voidBase');
  const { submit: confirmVoid, busy } = useSubmit(
    voidForm,
    (v) => voidBase.call({ id: voiding!.current!.id, reason: v.reason }),
    () => {
      message.success('基数已作废，请录入正确的基数');
      setVoiding(null);
    },
  );
  const rows = bases.data?.rows ?? [];
  const missing = bases.data?.missingCount ?? 0;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <BranchSelect testId="dues-bases-org" allowAll value={orgId} onChange={(id) => { setOrgId(id); setPage(1); }} />
        <Checkbox checked={missingOnly} onChange={(e) => { setMissingOnly(e.target.checked); setPage(1); }}>只看未核定</Checkbox>
        <BasesImportButton year={year} closed={closed} />
        <span style={{ color: '#888' }}>基数每年核定一次；年中变化时从变化的月份起录入新基数。未录入新基数的，沿用上一年的基数。</span>
      </Space>
      {missing > 0 && <Alert style={{ marginBottom: 12 }} type="warning" showIcon data-testid="dues-bases-missing" title={`${missing} 名党员的基数未核定，其应交党费无法计算（显示为“未核定”）。`} />}
      <Table<DuesBaseRow>
        data-testid="dues-bases-table"
        rowKey="memberId"
        size="small"
        dataSource={rows}
        loading={bases.isFetching && !bases.data}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: bases.data?.total ?? 0, showSizeChanger: false, showTotal: (t) => `共 ${t} 人`, onChange: setPage }}
        onRow={(r) => ({ 'data-testid': `dues-base-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '所在党支部', dataIndex: 'branchName', width: 180, ellipsis: true },
          { title: '缴费类别', width: 90, render: (_, r) => r.current?.kind ?? <Tag>未核定</Tag> },
          { title: '基数（元）', width: 120, align: 'right', render: (_, r) => <span data-testid="base">{yuan(r.current?.baseFen)}</span> },
          { title: '起始月份', width: 90, render: (_, r) => r.current?.fromMonth ?? '—' },
          { title: '月应交（元）', dataIndex: 'monthlyDueFen', width: 110, align: 'right', render: (v: number | null) => yuan(v) },
          {
            title: '免交/减交',
            render: (_, { current: b }) =>
              b?.relief ? (
                <span>
                  <Tag color="blue">{b.relief}</Tag>
                  {b.relief === '减交' && `每月 ${yuan(b.reliefFen)} 元，`}
                  {b.reliefReason}
                  {b.reliefApprover && `（${b.reliefApprover}批准）`}
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: '未核定月份',
            width: 140,
            render: (_, r) => (r.missingMonths.length === 0 ? '—' : <Tag color="orange" style={{ whiteSpace: 'normal' }}>{r.missingMonths.length === 12 ? '全年' : monthRuns(r.missingMonths)}</Tag>),
          },
          { title: '来源', width: 60, render: (_, r) => r.current?.source ?? '—' },
          {
            title: '',
            width: 100,
            render: (_, r) =>
              closed ? null : (
                <Space>
                  <a data-testid={`dues-base-edit-${r.name}`} onClick={() => setEditing(r)}>{r.current ? '修改' : '录入'}</a>
                  {r.current && <a onClick={() => { voidForm.resetFields(); setVoiding(r); }}>作废</a>}
                </Space>
              ),
          },
        ]}
      />
      <BaseFormModal row={editing} year={year} onClose={() => setEditing(null)} />
      <Modal open={voiding !== null} title={voiding?.current ? `作废${voiding.name}自${voiding.current.fromMonth}起的基数` : ''} okText="作废" okButtonProps={{ danger: true }} onOk={confirmVoid} confirmLoading={busy} onCancel={() => setVoiding(null)} destroyOnHidden>
        <p style={{ color: '#888' }}>作废后该记录保留备查，该月起改按此前的基数计算；已记录的交纳不受影响。</p>
        <Form form={voidForm} layout="vertical">
          <Form.Item label="作废原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写作废原因' }]}>
            <Input.TextArea aria-label="作废原因" rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
