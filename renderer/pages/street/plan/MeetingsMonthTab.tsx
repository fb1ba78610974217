import { useState } from 'react';
import { Alert, Button, Select, Spin } from 'antd';
import type { MeetingFigures } from '../../../../api/schemas/street';
import { client } from '../../../api';
import { useExport } from '../../../components/useExport';
import { useLedgerQuery } from '../../../useLedgerQuery';
import { count, percent } from '../period';
import { StreetTable } from '../StreetTable';

/** 三会一课月报: one month's monthly meetings (支委会, 党小组会, 主题党日 …) of every community, from its quarter's package (else its year's). */
export function MeetingsMonthTab({ year }: { year: number }) {
  const [month, setMonth] = useState(() => new Date().getMonth() + 1);
  const q = useLedgerQuery('street.meetingsMonth', { year, month });
  const exporter = useExport();
  return (
    <div data-testid="street-meetings-month">
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginBottom: 12 }}>
        月份
        <Select
          aria-label="月份"
          data-testid="street-meetings-month-pick"
          style={{ width: 90 }}
          value={month}
          onChange={setMonth}
          options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }))}
        />
        <span style={{ flex: 1, color: '#888' }}>
          只含按月召开的会议（支委会、党小组会、主题党日等），取自各社区该月所在季度的上报包，没有季度上报包时取年度上报包；未报送：
          {q.data?.notReported.map((c) => c.name).join('、') || '无'}。
        </span>
        <Button
          data-testid="street-meetings-month-export"
          loading={exporter.busy === 'month'}
          onClick={() => exporter.run('month', () => client.call('street.exportMeetingsMonth', { year, month }))}
        >
          导出{month}月三会一课汇总表
        </Button>
      </div>
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {!q.data && !q.error && <Spin style={{ display: 'block', margin: 40 }} />}
      {q.data && (
        <StreetTable<MeetingFigures>
          rows={q.data.rows}
          total={q.data.total}
          testId="street-meetings-month"
          columns={[
            { title: '应开次数', value: (r) => count(r.required) },
            { title: '实开次数', value: (r) => count(r.held) },
            { title: '完成率', value: (r) => percent(r.completion) },
            { title: '平均出勤率', value: (r) => percent(r.attendance) },
          ]}
        />
      )}
    </div>
  );
}
