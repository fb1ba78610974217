import { Descriptions, Table, Tag } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { CallError } from '../../../api/result';
import type { MemberCare } from '../../../api/schemas/care';
import { navigate } from '../../useHashRoute';
import { yuan } from '../dues/money';

const open = (tab: string) => navigate('care', { tab });

/** The member drawer's 流动与关怀: what the registers hold about this member, each linking to its register. */
export function MemberCareSection({ care }: { care: UseQueryResult<MemberCare, CallError> }) {
  const c = care.data;
  if (!c) return null;
  const flows = c.flows.filter((f) => !f.voidedAt);
  const visits = c.visits.filter((v) => !v.voidedAt);
  const empty = flows.length === 0 && c.lost.length === 0 && visits.length === 0 && c.centers.length === 0 && !c.medal;
  return (
    <div data-testid="member-care">
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={<a onClick={() => open('flows')}>流动（流出）</a>}>
          {flows.length === 0
            ? '—'
            : flows.map((f) => (
                <div key={f.id} data-testid="member-care-flow">
                  {f.leftOn} 流出至 {[f.place, f.unit].filter(Boolean).join(' ')}
                  {f.returnedOn ? `，${f.returnedOn} 返回` : `，最近联系 ${f.lastContactOn ?? '无'}`}
                  {f.contactOverdue && (
                    <Tag color="red" style={{ marginLeft: 8 }}>
                      6个月未联系
                    </Tag>
                  )}
                </div>
              ))}
        </Descriptions.Item>
        <Descriptions.Item label={<a onClick={() => open('lost')}>失联</a>}>
          {c.lost.length === 0
            ? '—'
            : c.lost.map((l) => (
                <div key={l.id}>
                  自 {l.lostOn} 失联{l.foundOn ? `，${l.foundOn} 恢复联系` : `（${l.stage}）`}
                </div>
              ))}
        </Descriptions.Item>
        <Descriptions.Item label={<a onClick={() => open('centers')}>党员中心户</a>}>
          {c.centers.length === 0
            ? '—'
            : c.centers.map((h) => (
                <div key={h.id}>
                  {h.building} 联系 {h.households} 户（{h.fromOn} 起{h.toOn ? `，${h.toOn} 撤销` : ''}）
                </div>
              ))}
        </Descriptions.Item>
        <Descriptions.Item label={<a onClick={() => open('honor')}>光荣在党50年</a>}>
          {c.medal ? `${c.medal.year}年纪念章，${c.medal.presentedOn} 颁发` : c.honorYear ? `${c.honorYear}年党龄满50周年` : '—'}
        </Descriptions.Item>
      </Descriptions>
      {visits.length > 0 && (
        <Table
          style={{ marginTop: 8 }}
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={visits}
          columns={[
            { title: '慰问日期', dataIndex: 'visitedOn', width: 110 },
            { title: '时机', dataIndex: 'occasion', width: 60 },
            { title: '慰问人', dataIndex: 'visitors', ellipsis: true },
            { title: '慰问金（元）', dataIndex: 'moneyFen', width: 110, align: 'right', render: (f: number) => yuan(f) },
            { title: '慰问物品', dataIndex: 'goods', ellipsis: true, render: (g: string | null) => g ?? '—' },
          ]}
        />
      )}
      {empty && <p style={{ color: '#888', marginTop: 8 }}>流动、失联、慰问、中心户等登记中没有该党员的记录。</p>}
    </div>
  );
}
