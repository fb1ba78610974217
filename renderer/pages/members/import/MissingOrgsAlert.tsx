import { useState } from 'react';
import { Alert, Button, Radio, Space } from 'antd';
import type { MissingOrgList } from '../../../../api/schemas/imports';

type CommunityKind = '党委' | '党总支';

interface Props {
  missing: MissingOrgList;
  disabled: boolean;
  /** Creates them (and the community organisation on a new ledger); the drawer then previews again. */
  onCreate: (communityKind: CommunityKind) => void;
}

/** The branches and 党小组 a roster file names that the ledger lacks, with the one action that creates them before the import. */
export function MissingOrgsAlert({ missing, disabled, onCreate }: Props) {
  const [kind, setKind] = useState<CommunityKind>('党委');
  const names = [...missing.branches, ...missing.groups.map((g) => `${g.branch} / ${g.name}`)];
  if (names.length === 0) return null;
  const proposed = missing.proposedParent?.replace(/党委$/, kind) ?? null;
  // Without a community organisation, and no 社区名称 to name one from, there is nowhere to put new branches.
  const blocked = missing.branches.length > 0 && missing.parent === null && proposed === null;
  const where =
    missing.branches.length === 0
      ? ''
      : missing.parent !== null
        ? `（党支部建在“${missing.parent}”下）`
        : `（先新建社区党组织“${proposed}”，党支部建在它下面）`;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="import-missing-orgs"
      title={`文件中有 ${names.length} 个党支部/党小组尚未建立：${names.join('、')}`}
      description={
        blocked ? (
          '还没有社区党委或党总支，也没有填写社区名称：请先在“系统设置”中填写社区名称（将据此新建社区党组织），或在“党组织”中建立社区党委后再导入。'
        ) : (
          <Space orientation="vertical">
            <span>可以先新建这些组织{where}，预览随即刷新，确认无误后再导入；也可以先在“党组织”中手动建立。名称含“离退休”的党支部按离退休党支部建立。</span>
            {proposed !== null && (
              <span>
                社区党组织是：
                <Radio.Group
                  data-testid="import-community-kind"
                  value={kind}
                  onChange={(e) => setKind(e.target.value as CommunityKind)}
                  options={[
                    { value: '党委', label: '社区党委' },
                    { value: '党总支', label: '社区党总支' },
                  ]}
                />
              </span>
            )}
          </Space>
        )
      }
      action={
        <Button onClick={() => onCreate(kind)} disabled={disabled || blocked} data-testid="import-create-orgs">
          新建这些组织
        </Button>
      }
    />
  );
}
