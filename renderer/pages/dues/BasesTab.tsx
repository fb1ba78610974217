import { useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { DUES_KINDS, type DuesKind } from '../../../api/dues';
import type { DuesBaseRow } from '../../../api/schemas/dues';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { BaseFormModal } from './BaseFormModal';
import { BasesImportButton } from './BasesImportButton';
import { BranchSelect } from './BranchSelect';
import { BulkBasesModal } from './BulkBasesModal';
import { editsToRows, type BaseEdit } from './basesEdits';
import { monthLabel, monthRuns, monthsOf, yuan, yuanField } from './money';

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
  const carried = rows.filter((r) => r.carried).length;
  // The editable column: typed bases kept per member until 保存 sends them in one transaction.
  const [editing2, setEditing2] = useState(false);
  const [edits, setEdits] = useState<Map<number, BaseEdit>>(new Map());
  // Bases are entered from January, or from the 党费 start when the ledger starts later in the year.
  const start = bases.data?.startMonth ?? null;
  const firstMonth = start !== null && start > `${year}-01` && start <= `${year}-12` ? start : `${year}-01`;
  const [editFrom, setEditFrom] = useState(firstMonth);
  const [bulkOpen, setBulkOpen] = useState(false);
  const saveBases = useLedgerMutation('dues.saveBases');
  const editOf = (r: DuesBaseRow): BaseEdit => edits.get(r.memberId) ?? { name: r.name, kind: r.current?.kind ?? '在职', base: yuanField(r.current?.baseFen) };
  const setEdit = (r: DuesBaseRow, patch: Partial<BaseEdit>) => setEdits((prev) => new Map(prev).set(r.memberId, { ...editOf(r), ...patch }));
  const saveEdits = async () => {
    const checked = editsToRows(edits);
    if ('problem' in checked) return void message.error(checked.problem);
    if (checked.rows.length === 0) return void message.info('没有修改的基数');
    const result = await saveBases.call({ fromMonth: editFrom, rows: checked.rows });
    if (!result.ok) return void message.error(result.error.message);
    message.success(`已保存${result.value.saved}名党员的基数（自${editFrom}起）`);
    setEdits(new Map());
    setEditing2(false);
  };
  const baseCell = (r: DuesBaseRow) =>
    editing2 ? (
      <Space.Compact>
        <Select
          aria-label={`${r.name}缴费类别`}
          style={{ width: 90 }}
          value={editOf(r).kind}
          onChange={(k: DuesKind) => setEdit(r, { kind: k })}
          options={DUES_KINDS.map((k) => ({ value: k, label: k }))}
        />
        <Input
          aria-label={`${r.name}基数`}
          style={{ width: 110 }}
          value={editOf(r).base}
          disabled={editOf(r).kind !== '在职' && editOf(r).kind !== '离退休'}
          onChange={(e) => setEdit(r, { base: e.target.value })}
        />
      </Space.Compact>
    ) : (
      <span data-testid="base">{yuan(r.current?.baseFen)}</span>
    );
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <BranchSelect
          testId="dues-bases-org"
          allowAll
          value={orgId}
          onChange={(id) => {
            setOrgId(id);
            setPage(1);
          }}
        />
        <Checkbox
          checked={missingOnly}
          onChange={(e) => {
            setMissingOnly(e.target.checked);
            setPage(1);
          }}
        >
          只看未核定
        </Checkbox>
        <BasesImportButton year={year} closed={closed} />
        {!closed && !editing2 && (
          <Button
            data-testid="dues-bases-edit-all"
            onClick={() => {
              setEdits(new Map());
              setEditFrom(firstMonth);
              setEditing2(true);
            }}
          >
            批量录入
          </Button>
        )}
        {!closed && !editing2 && (
          <Button data-testid="dues-bases-bulk" onClick={() => setBulkOpen(true)}>
            全部设为…
          </Button>
        )}
        {editing2 && (
          <>
            <span>
              自{' '}
              <Select
                aria-label="批量起始月份"
                virtual={false}
                style={{ width: 90 }}
                value={editFrom}
                onChange={setEditFrom}
                options={monthsOf(year).map((m) => ({ value: m, label: monthLabel(m) }))}
              />{' '}
              起
            </span>
            <Button type="primary" data-testid="dues-bases-edit-save" loading={saveBases.busy} onClick={() => void saveEdits()}>
              保存（{edits.size}人）
            </Button>
            <Button
              onClick={() => {
                setEdits(new Map());
                setEditing2(false);
              }}
            >
              取消
            </Button>
          </>
        )}
        <span style={{ color: '#888' }}>基数每年核定一次；年中变化时从变化的月份起录入新基数。未录入新基数的，沿用上一年的基数。</span>
      </Space>
      {carried > 0 && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          data-testid="dues-bases-carried"
          title={`本页 ${carried} 名党员的基数沿用以前年度，尚未核定${year}年基数（党费基数每年核定一次）。`}
        />
      )}
      {missing > 0 && (
        <Alert
          style={{ marginBottom: 12 }}
          type="warning"
          showIcon
          data-testid="dues-bases-missing"
          title={`${missing} 名党员的基数未核定，其应交党费无法计算（显示为“未核定”）。`}
        />
      )}
      <Table<DuesBaseRow>
        data-testid="dues-bases-table"
        rowKey="memberId"
        size="small"
        dataSource={rows}
        loading={bases.isFetching && !bases.data}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: bases.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (t) => `共 ${t} 人`,
          onChange: setPage,
        }}
        onRow={(r) => ({ 'data-testid': `dues-base-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '所在党支部', dataIndex: 'branchName', width: 140, ellipsis: true },
          { title: '缴费类别', width: 90, render: (_, r) => r.current?.kind ?? <Tag>未核定</Tag> },
          { title: '基数（元）', width: editing2 ? 210 : 120, align: 'right', render: (_, r) => baseCell(r) },
          {
            title: '起始月份',
            width: 110,
            render: (_, r) =>
              r.current ? (
                <span>
                  {r.current.fromMonth}
                  {r.carried && (
                    <Tag color="gold" data-testid="carried" style={{ marginLeft: 4 }}>
                      待核定
                    </Tag>
                  )}
                </span>
              ) : (
                '—'
              ),
          },
          { title: '月应交（元）', dataIndex: 'monthlyDueFen', width: 110, align: 'right', render: (v: number | null) => yuan(v) },
          {
            title: '免交/减交',
            // One line at 1366 wide: a long 理由 wrapped one word a line made the row a column of text; hover shows it whole.
            ellipsis: { showTitle: false },
            render: (_, { current: b }) =>
              b?.relief ? (
                <span
                  title={[b.relief === '减交' ? `每月 ${yuan(b.reliefFen)} 元` : '', b.reliefReason, b.reliefApprover ? `（${b.reliefApprover}批准）` : '']
                    .join(' ')
                    .trim()}
                >
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
            width: 120,
            render: (_, r) =>
              r.missingMonths.length === 0 ? (
                '—'
              ) : (
                <Tag color="orange" style={{ whiteSpace: 'normal' }}>
                  {r.missingMonths.length === 12 ? '全年' : monthRuns(r.missingMonths)}
                </Tag>
              ),
          },
          { title: '来源', width: 60, render: (_, r) => r.current?.source ?? '—' },
          {
            title: '',
            width: 100,
            render: (_, r) =>
              closed ? null : (
                <Space>
                  <a data-testid={`dues-base-edit-${r.name}`} onClick={() => setEditing(r)}>
                    {r.current ? '修改' : '录入'}
                  </a>
                  {r.current && (
                    <a
                      onClick={() => {
                        voidForm.resetFields();
                        setVoiding(r);
                      }}
                    >
                      作废
                    </a>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <BaseFormModal row={editing} year={year} onClose={() => setEditing(null)} />
      <BulkBasesModal open={bulkOpen} year={year} orgId={orgId} startMonth={bases.data?.startMonth ?? null} onClose={() => setBulkOpen(false)} />
      <Modal
        open={voiding !== null}
        title={voiding?.current ? `作废${voiding.name}自${voiding.current.fromMonth}起的基数` : ''}
        okText="作废"
        okButtonProps={{ danger: true }}
        onOk={confirmVoid}
        confirmLoading={busy}
        onCancel={() => setVoiding(null)}
        destroyOnHidden
      >
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
