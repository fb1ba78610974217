import { useState } from 'react';
import { Alert, Button, Select, Spin } from 'antd';
import type { DuesFigures } from '../../../../api/schemas/street';
import { client } from '../../../api';
import { useExport } from '../../../components/useExport';
import { useLedgerQuery } from '../../../useLedgerQuery';
import { count, yuan } from '../period';
import { StreetTable } from '../StreetTable';

/** 党费月报: one month's 党费 of every community, from its quarter's package (else its year's). */
export function DuesMonthTab({ year }: { year: number }) {
  const [month, setMonth] = useState(() => new Date().getMonth() + 1);
  const q = useLedgerQuery('street.duesMonth', { year, month });
  const exporter = useExport();
  return (
    <div data-testid="street-dues-month">
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginBottom: 12 }}>
        月份
        <Select
          aria-label="月份"
          data-testid="street-dues-month-pick"
          style={{ width: 90 }}
          value={month}
          onChange={setMonth}
          options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }))}
        />
        <span style={{ flex: 1, color: '#888' }}>
          取自各社区该月所在季度的上报包，没有季度上报包时取年度上报包；未报送：{q.data?.notReported.map((c) => c.name).join('、') || '无'}。
        </span>
        <Button
          data-testid="street-dues-month-export"
          loading={exporter.busy === 'month'}
          onClick={() => exporter.run('month', () => client.call('street.exportDuesMonth', { year, month }))}
        >
          导出{month}月党费收缴情况汇总表
        </Button>
      </div>
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {!q.data && !q.error && <Spin style={{ display: 'block', margin: 40 }} />}
      {q.data && (
        <StreetTable<DuesFigures>
          rows={q.data.rows}
          total={q.data.total}
          testId="street-dues-month"
          columns={[
            { title: '应交人数', value: (r) => count(r.owingMembers) },
            { title: '应交（元）', value: (r) => yuan(r.dueFen) },
            { title: '实交（元）', value: (r) => yuan(r.paidFen) },
            { title: '欠交人数', value: (r) => count(r.arrearsMembers) },
            { title: '欠交（元）', value: (r) => yuan(r.arrearsFen) },
            { title: '支部上缴（元）', value: (r) => yuan(r.handedFen) },
            { title: '社区上缴街道（元）', value: (r) => yuan(r.toStreetFen) },
          ]}
        />
      )}
    </div>
  );
}
