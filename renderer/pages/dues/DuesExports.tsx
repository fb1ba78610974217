// The 党费 forms from the page where they are wanted: the same reports.dues* calls and file
// delivery as the 报表 page, with the branch, month and year already on screen.
import { Button, Dropdown, Space } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { monthLabel } from './money';

const PERIODS = [
  ['月', '按月'],
  ['季', '按季度'],
  ['年', '全年'],
] as const;

/** 导出统计表 (月/季/年) and 导出公示 of the whole community: the page header's, for the year shown. */
export function YearExports({ year }: { year: number }) {
  const exporter = useExport();
  return (
    <Space>
      <Dropdown
        menu={{
          items: PERIODS.map(([period, label]) => ({ key: period, label: <span data-testid={`dues-export-stats-${period}`}>{label}</span> })),
          onClick: ({ key }) => void exporter.run('stats', () => client.call('reports.duesStats', { year, period: key as (typeof PERIODS)[number][0] })),
        }}
      >
        <Button data-testid="dues-export-stats" loading={exporter.busy === 'stats'}>
          导出统计表 <DownOutlined />
        </Button>
      </Dropdown>
      <Button
        data-testid="dues-export-notice"
        loading={exporter.busy === 'notice'}
        onClick={() => exporter.run('notice', () => client.call('reports.duesNotice', { year, orgId: null }))}
      >
        导出公示
      </Button>
    </Space>
  );
}

/** 月度收缴's forms of the branch shown: the 登记表 of the month or the year, and its 公示. */
export function BranchExports({ orgId, month }: { orgId: number | null; month: string }) {
  const exporter = useExport();
  const year = Number(month.slice(0, 4));
  const items = [
    { key: 'month', label: `登记表（${monthLabel(month)}）` },
    { key: 'year', label: `登记表（${year}年全年）` },
    { key: 'notice', label: `本支部收缴公示（${year}年）` },
  ];
  return (
    <Dropdown
      disabled={!orgId}
      menu={{
        items: items.map((i) => ({ key: i.key, label: <span data-testid={`dues-export-branch-${i.key}`}>{i.label}</span> })),
        onClick: ({ key }) => {
          if (!orgId) return;
          if (key === 'notice') void exporter.run(key, () => client.call('reports.duesNotice', { year, orgId }));
          else void exporter.run(key, () => client.call('reports.duesRegister', key === 'month' ? { orgId, month } : { orgId, year }));
        },
      }}
    >
      <Button data-testid="dues-export-register" loading={exporter.busy !== null}>
        导出登记表 <DownOutlined />
      </Button>
    </Dropdown>
  );
}

/** 开具交纳证明: the member's 党费交纳证明 for the year shown in the drawer. */
export function CertificateButton({ memberId, year }: { memberId: number; year: number }) {
  const exporter = useExport();
  return (
    <Button
      size="small"
      data-testid="dues-certificate"
      loading={exporter.busy !== null}
      onClick={() => exporter.run('cert', () => client.call('reports.duesCertificate', { memberId, year }))}
    >
      开具交纳证明
    </Button>
  );
}
