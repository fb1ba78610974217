import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Table } from 'antd';
import type { DuesOpeningMember } from '../../../api/schemas/duesOpening';
import type { CallInput } from '../../../api/contract';
import { monthItemProps } from '../../components/dateField';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

type Values = Omit<CallInput<'dues.saveOpening'>, 'members'>;

/** The month before 'YYYY-MM'. */
function monthBefore(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * 党费建账 in one step: from which month this ledger keeps 党费, and up to which month everyone had
 * already paid before it (a default for all, a different month typed for anyone who paid ahead or
 * is behind). Months before the start are never owed; months up to a member's 党费交纳至 are 期初已交.
 */
export function OpeningModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const startMonth = Form.useWatch('startMonth', form) ?? null;
  const opening = useLedgerQuery('dues.opening', { month: startMonth && MONTH.test(startMonth) ? startMonth : null }, { enabled: open });
  const save = useLedgerMutation('dues.saveOpening');
  // Per-member months typed in the table: memberId → 'YYYY-MM' or '' (use the default).
  const [own, setOwn] = useState<Map<number, string>>(new Map());
  const [ownError, setOwnError] = useState<string | null>(null);
  const data = opening.data;
  useEffect(() => {
    if (!open) return;
    setOwn(new Map());
    setOwnError(null);
  }, [open]);
  useEffect(() => {
    if (!open || !data || form.getFieldValue('startMonth')) return;
    const start = data.startMonth ?? data.ledgerStartMonth ?? new Date().toISOString().slice(0, 7);
    form.setFieldsValue({ startMonth: start, defaultPaidThrough: monthBefore(start) });
  }, [open, data, form]);
  const members = useMemo(() => data?.members ?? [], [data]);
  const { submit, busy } = useSubmit(
    form,
    (v) => {
      const typed = [...own].filter(([, m]) => m.trim() !== '');
      const bad = typed.find(([, m]) => !MONTH.test(m.trim()));
      if (bad) {
        const name = members.find((m) => m.memberId === bad[0])?.name ?? '';
        setOwnError(`${name}的党费交纳至应为年-月，如 2026-11`);
        return Promise.resolve({ ok: false as const, error: { code: 'VALIDATION' as const, message: `${name}的党费交纳至应为年-月，如 2026-11` } });
      }
      setOwnError(null);
      return save.call({
        startMonth: v.startMonth,
        defaultPaidThrough: v.defaultPaidThrough ?? null,
        members: typed.map(([memberId, m]) => ({ memberId, paidThrough: m.trim() })),
      });
    },
    (saved) => {
      message.success(`党费建账已保存：自${saved.startMonth}起记党费，${saved.members.length}名党员的党费交纳至已设置`);
      onClose();
    },
  );
  return (
    <Modal
      open={open}
      title="党费建账"
      okText="保存"
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      width={720}
      okButtonProps={{ 'data-testid': 'dues-opening-save' } as React.ComponentProps<typeof Button>}
    >
      <Form form={form} layout="vertical" data-testid="dues-opening-form">
        <Form.Item
          label="本台账从哪个月开始记党费？"
          name="startMonth"
          rules={[{ required: true, message: '请选择开始记党费的月份' }]}
          {...monthItemProps}
          extra="此前的月份不计应交、不算欠交，也不上报为欠交；以后补录了以前的记录，可把起始月份提前。"
        >
          <DatePicker aria-label="党费起始月份" picker="month" />
        </Form.Item>
        <Form.Item
          label="建账前党费交纳至（全体默认）"
          name="defaultPaidThrough"
          {...monthItemProps}
          extra="多数党员建账前交到哪个月；个别不同的在下表中填写。留空则不改动各人已填的交纳至。"
        >
          <DatePicker aria-label="默认党费交纳至" picker="month" />
        </Form.Item>
      </Form>
      {ownError && <Alert style={{ marginBottom: 8 }} type="error" showIcon title={ownError} />}
      <Table<DuesOpeningMember>
        data-testid="dues-opening-members"
        rowKey="memberId"
        size="small"
        loading={opening.isFetching && !data}
        dataSource={members}
        pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (t) => `起始月份在册党员 ${t} 人` }}
        onRow={(r) => ({ 'data-testid': `dues-opening-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '所在党支部', dataIndex: 'branchName', ellipsis: true },
          { title: '已填交纳至', dataIndex: 'paidThrough', width: 100, render: (v: string | null) => v ?? '—' },
          {
            title: '本人交纳至（与默认不同时填）',
            width: 200,
            render: (_, r) => (
              <Input
                aria-label={`${r.name}党费交纳至`}
                placeholder="如 2027-02"
                value={own.get(r.memberId) ?? ''}
                onChange={(e) => setOwn((prev) => new Map(prev).set(r.memberId, e.target.value))}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}

/** The card on the 党费 page until the opening is done ('card'), and the button in the tab bar that opens it ('button'). */
export function OpeningPrompt({ placement, closed }: { placement: 'card' | 'button'; closed: boolean }) {
  const [open, setOpen] = useState(false);
  const opening = useLedgerQuery('dues.opening', { month: null });
  const start = opening.data?.startMonth ?? null;
  if (!opening.data || (placement === 'card' && start !== null)) return null;
  return (
    <>
      {placement === 'card' ? (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          data-testid="dues-opening-prompt"
          title={`尚未进行党费建账${opening.data.ledgerStartMonth ? `：目前按建账日期所在月份（${opening.data.ledgerStartMonth}）起记党费` : '：目前从各党员建账前的党费交纳至或首次核定基数的月份起计应交'}。`}
          description="请说明本台账从哪个月开始记党费，以及建账前每名党员的党费交到哪个月，以免把建账前的月份算作欠交。"
          action={
            !closed && (
              <Button data-testid="dues-opening-start" type="primary" onClick={() => setOpen(true)}>
                党费建账
              </Button>
            )
          }
        />
      ) : (
        !closed && (
          <Button data-testid="dues-opening-open" onClick={() => setOpen(true)}>
            党费建账{start ? `（自${start}起）` : ''}
          </Button>
        )
      )}
      <OpeningModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
