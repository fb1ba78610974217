// The 发展党员 forms from the register: the same reports.dev* calls as the 报表 page, with the
// branch already chosen on screen.
import { Button, Dropdown } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { ROSTER_STAGES, type PersonStage } from '../../../api/development';
import { client } from '../../api';
import { useExport } from '../../components/useExport';

export function DevExports({ orgId }: { orgId: number | null }) {
  const exporter = useExport();
  const items = [{ key: 'progress', label: '发展党员工作进度表' }, ...ROSTER_STAGES.map((s) => ({ key: s, label: `${s}花名册` }))];
  return (
    <Dropdown
      menu={{
        items: items.map((i) => ({ key: i.key, label: <span data-testid={`dev-export-${i.key}`}>{i.label}</span> })),
        onClick: ({ key }) => {
          if (key === 'progress') void exporter.run(key, () => client.call('reports.devProgress', { orgId }));
          else void exporter.run(key, () => client.call('reports.devRoster', { stage: key as PersonStage, orgId }));
        },
      }}
    >
      <Button data-testid="dev-export" loading={exporter.busy !== null}>
        导出报表 <DownOutlined />
      </Button>
    </Dropdown>
  );
}
