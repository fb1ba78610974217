import { useState } from 'react';
import { App, Button, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { starLabel } from '../../../api/points';
import type { StandingRow } from '../../../api/schemas/points';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { navigate } from '../../useHashRoute';
import { StatementDrawer } from './StatementDrawer';

/** The year's ranking, per branch or the whole community, with stars; a row opens the 积分明细. */
export function StandingsTab({ year, closed }: { year: number; closed: boolean }) {
  const { message } = App.useApp();
  const exporter = useExport();
  const [branch, setBranch] = useState<number | null>(null);
  const [keyword, setKeyword] = useState('');
  const [page, setPage] = useState(1);
  // The ranking is paged by the ledger: at street scale it is 20,000 rows.
  const standings = useLedgerQuery('points.standings', { year, branchId: branch, keyword: keyword || null, page, pageSize: 50 });
  const exclude = useLedgerMutation('points.setExclusion');
  const recomputeYear = useLedgerMutation('points.recompute');
  const [open, setOpen] = useState<StandingRow | null>(null);
  const [excluding, setExcluding] = useState<StandingRow | null>(null);
  const [reason, setReason] = useState('');
  const data = standings.data;

  async function setExclusion(row: StandingRow, value: string | null) {
    const r = await exclude.call({ memberId: row.memberId, year, reason: value });
    if (!r.ok) return message.error(r.error.message);
    setExcluding(null);
  }
  async function recompute() {
    const r = await recomputeYear.call({ year });
    if (!r.ok) return message.error(r.error.message);
    message.success(r.value.appended ? `已重新计算，更正 ${r.value.appended} 条自动积分` : '已重新计算，自动积分与来源记录一致');
  }

  if (data && data.rules.length === 0) {
    return (
      <div data-testid="no-scheme">
        {year}年尚未设置积分规则。<a onClick={() => navigate('points', { tab: 'rules' })}>去设置积分规则</a>
      </div>
    );
  }
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          style={{ width: 200 }}
          value={branch}
          showSearch
          optionFilterProp="label"
          onChange={(v) => {
            setBranch(v);
            setPage(1);
          }}
          options={[{ value: null, label: '全社区' }, ...(data?.branches ?? []).map((b) => ({ value: b.id, label: b.name }))]}
        />
        <Input.Search
          allowClear
          placeholder="按姓名查找"
          style={{ width: 180 }}
          onSearch={(v) => {
            setKeyword(v.trim());
            setPage(1);
          }}
        />
        <Button disabled={closed} onClick={recompute}>
          重新计算
        </Button>
        <Button
          type="primary"
          data-testid="export-points-summary"
          loading={exporter.busy === 'sum'}
          onClick={() => exporter.run('sum', () => client.call('reports.pointsSummary', { year }))}
        >
          导出积分汇总表
        </Button>
        <Button loading={exporter.busy === 'star'} onClick={() => exporter.run('star', () => client.call('reports.starResults', { year }))}>
          导出评星定级结果表
        </Button>
        {data && <span style={{ color: '#888' }}>星级标准：{data.stars.map((s) => `${starLabel(s.stars)}≥${s.minPoints}`).join('，')}</span>}
      </Space>
      <Table<StandingRow>
        data-testid="standings-table"
        rowKey="memberId"
        size="middle"
        loading={standings.isFetching}
        dataSource={data?.rows ?? []}
        pagination={{ current: page, pageSize: 50, total: data?.total ?? 0, showSizeChanger: false, showTotal: (n) => `共 ${n} 人`, onChange: setPage }}
        columns={[
          { title: branch === null ? '社区排名' : '支部排名', width: 90, render: (_, r) => (branch === null ? r.rank : r.branchRank) ?? '—' },
          {
            title: '姓名',
            dataIndex: 'name',
            width: 100,
            render: (v, r) => (
              <a data-testid={`standing-${r.name}`} onClick={() => setOpen(r)}>
                {v}
              </a>
            ),
          },
          { title: '所在党支部', dataIndex: 'branchName' },
          { title: '基础分', dataIndex: 'base', width: 80 },
          { title: '加分', dataIndex: 'bonus', width: 80 },
          { title: '扣分', dataIndex: 'deductions', width: 80 },
          { title: '年度总分', width: 100, render: (_, r) => (r.excludedReason ? '—' : <b data-testid={`total-${r.name}`}>{r.total}</b>) },
          { title: '星级', width: 90, render: (_, r) => (r.stars ? <Tag color="gold">{starLabel(r.stars)}</Tag> : null) },
          {
            title: '备注',
            render: (_, r) => (
              <Space>
                {r.vetoed && <Tag color="red">一票否决</Tag>}
                {r.excludedReason && <Tag>不参加积分：{r.excludedReason}</Tag>}
                {!closed &&
                  (r.excludedReason ? (
                    <a onClick={() => setExclusion(r, null)}>恢复积分</a>
                  ) : (
                    <a
                      style={{ color: '#999', fontSize: 12 }}
                      onClick={() => {
                        setReason('');
                        setExcluding(r);
                      }}
                    >
                      设为不参加积分
                    </a>
                  ))}
              </Space>
            ),
          },
        ]}
      />
      {open && <StatementDrawer year={year} memberId={open.memberId} closed={closed} onClose={() => setOpen(null)} />}
      <Modal
        open={excluding !== null}
        title={`${excluding?.name ?? ''} ${year}年不参加积分`}
        okText="确定"
        onOk={() => (reason.trim() ? setExclusion(excluding!, reason) : message.error('请填写原因'))}
        onCancel={() => setExcluding(null)}
      >
        <p>年老体弱、流出等党员可不参加当年积分，不计入排名。</p>
        <Input placeholder="原因，例如：年老体弱" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}
