import { useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import type { LostRow, LostStage } from '../../../api/schemas/care';
import { todayIso } from '../../../api/rules/dates';
import { useLedgerQuery } from '../../useLedgerQuery';
import { LostModal } from './LostModal';

const STAGE_COLORS: Record<LostStage, string> = {
  失联: 'gold',
  可停止党籍: 'orange',
  可取消预备党员资格: 'orange',
  已停止党籍: 'volcano',
  按自行脱党处理: 'red',
};

/** 失联: dated records with the search made; the stages are reminders only, every status change stays the secretary's. */
export function LostTab() {
  const [asOf, setAsOf] = useState(todayIso());
  const [includeFound, setIncludeFound] = useState(false);
  const lost = useLedgerQuery('care.lost', { asOf, includeFound });
  const [editing, setEditing] = useState<LostRow | null | undefined>(undefined);
  const months = lost.data?.lostMonths ?? 6;
  return (
    <>
      <Alert
        style={{ marginBottom: 12 }}
        type="info"
        showIcon
        title={`提醒：党员失去联系满${months}个月（本地规定，可在系统设置中修改），可按规定停止其党籍；停止党籍满2年仍无法取得联系的，按自行脱党除名处理。以上须由支部研究、报上级党组织批准，本台账只列出名单，不会自动变更任何党员的状态。`}
      />
      <Space style={{ marginBottom: 12 }} wrap>
        <span>
          截至 <DatePicker aria-label="截至日期" allowClear={false} value={dayjs(asOf)} onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))} />
        </span>
        <Checkbox checked={includeFound} onChange={(e) => setIncludeFound(e.target.checked)}>
          显示已恢复联系的记录
        </Checkbox>
        <Button type="primary" data-testid="care-lost-add" onClick={() => setEditing(null)}>
          登记失联
        </Button>
      </Space>
      <Table<LostRow>
        scroll={{ x: 'max-content' }}
        data-testid="care-lost-table"
        rowKey="id"
        size="small"
        loading={lost.isFetching && !lost.data}
        dataSource={lost.data?.rows ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: `${asOf}没有失联党员` }}
        onRow={(r) => ({ 'data-testid': `care-lost-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 80 },
          { title: '所在党支部', dataIndex: 'branchName', width: 170, ellipsis: true },
          { title: '党籍状态', dataIndex: 'partyStatus', width: 90 },
          { title: '失联日期', dataIndex: 'lostOn', width: 105 },
          { title: '查找情况', dataIndex: 'searchMade', ellipsis: true, render: (v: string | null) => v ?? '—' },
          {
            title: '可停止党籍自',
            dataIndex: 'suspendFrom',
            width: 115,
            render: (v: string, r) => (r.probationary ? `${v}（预备党员：取消预备党员资格）` : v),
          },
          { title: '停止党籍日期', dataIndex: 'stoppedOn', width: 110, render: (v: string | null) => v ?? '—' },
          { title: '按自行脱党处理自', dataIndex: 'lapseFrom', width: 150, render: (v: string | null) => v ?? '停止党籍后满2年' },
          {
            title: '情况',
            width: 120,
            fixed: 'right',
            render: (_, r) =>
              r.foundOn ? (
                <Tag color="green">{r.foundOn}恢复联系</Tag>
              ) : (
                <Tag color={STAGE_COLORS[r.stage]} data-testid="lost-stage">
                  {r.stage}
                </Tag>
              ),
          },
          {
            title: '',
            width: 60,
            fixed: 'right',
            render: (_, r) => (
              <a data-testid={`care-lost-edit-${r.name}`} onClick={() => setEditing(r)}>
                编辑
              </a>
            ),
          },
        ]}
      />
      <LostModal editing={editing} onClose={() => setEditing(undefined)} />
    </>
  );
}
