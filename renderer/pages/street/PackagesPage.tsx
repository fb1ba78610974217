import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Space, Spin, Table, Tag, Upload } from 'antd';
import type { PackagePreview, StreetPackageRow } from '../../../api/schemas/street';
import { client } from '../../api';
import { readAsBase64 } from '../members/import/readFile';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { PreviewTable, type Decisions } from './PreviewTable';
import { PackageActions } from './PackageActions';
import { localTime } from './period';

/** 上报包: pick the communities' files (several at once), see what each would do, import the good ones together. */
export default function PackagesPage() {
  const { modal } = App.useApp();
  const importPackages = useLedgerMutation('street.importPackages');
  const [withReplaced, setWithReplaced] = useState(true);
  const packages = useLedgerQuery('street.packages', { communityId: null, withReplaced });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [previews, setPreviews] = useState<PackagePreview[]>([]);
  // What the user confirmed or chose per file; each change previews again, so the server decides what is accepted.
  const [decisions, setDecisions] = useState<Decisions>({});
  const decisionList = (d: Decisions) => Object.entries(d).map(([uploadId, v]) => ({ uploadId, ...v }));
  // antd calls beforeUpload once per file of a selection: the uploads are gathered here and
  // previewed together once the selection's last file is in.
  const pending = useRef<Promise<string | null>[]>([]);
  const uploadIds = useRef<string[]>([]);

  async function uploadOne(file: File): Promise<string | null> {
    const result = await client.call('street.upload', { fileName: file.name, data: await readAsBase64(file) });
    if (result.ok) return result.value.uploadId;
    setError(`${file.name}：${result.error.message}`);
    return null;
  }

  async function pick(file: File, selection: File[]) {
    pending.current.push(uploadOne(file));
    if (file !== selection[selection.length - 1]) return false;
    const batch = pending.current;
    pending.current = [];
    setBusy('正在读取和校验上报包…');
    try {
      const ids = (await Promise.all(batch)).filter((id): id is string => id !== null);
      const all = [...uploadIds.current, ...ids.filter((id) => !uploadIds.current.includes(id))];
      if (all.length === 0) return false;
      const result = await client.call('street.previewPackages', { files: all, decisions: decisionList(decisions) });
      if (!result.ok) return (setError(result.error.message), false);
      uploadIds.current = all;
      setPreviews(result.value.files);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
    return false;
  }

  function clear() {
    uploadIds.current = [];
    setPreviews([]);
    setDecisions({});
    setError(null);
  }

  async function decide(uploadId: string, d: Decisions[string]) {
    const next = { ...decisions, [uploadId]: d };
    setDecisions(next);
    const result = await client.call('street.previewPackages', { files: uploadIds.current, decisions: decisionList(next) });
    if (!result.ok) return setError(result.error.message);
    setPreviews(result.value.files);
  }

  const accepted = previews.filter((p) => p.accepted);
  async function commit() {
    setBusy('正在导入…');
    // Only the accepted files go: a refused one would stop the whole batch, and the user has
    // seen why it is refused. They are imported together, in one transaction.
    const ids = accepted.map((p) => p.uploadId);
    const result = await importPackages.call({ files: ids, decisions: decisionList(decisions).filter((d) => ids.includes(d.uploadId)) });
    setBusy(null);
    if (!result.ok) return setError(result.error.message);
    const v = result.value;
    modal.success({
      title: '导入完成',
      content: `导入${v.imported}个上报包${v.replaced ? `，其中${v.replaced}个替换了原来的上报包` : ''}${v.newCommunities ? `，新增社区${v.newCommunities}个` : ''}。`,
    });
    clear();
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title="导入上报包">
        <Spin spinning={busy !== null} description={busy ?? undefined}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <div data-testid="street-package-files">
              <Upload.Dragger accept=".zip" multiple showUploadList={false} beforeUpload={pick} disabled={busy !== null}>
                <p style={{ fontSize: 15, margin: '8px 0' }}>点击或把文件拖到这里，可一次选择多个社区的上报包（.zip）</p>
                <p style={{ color: '#888', margin: 0 }}>每个文件都会先校验：是否是上报包、是否完整、生成后是否被修改过、是否是本街道的。</p>
              </Upload.Dragger>
            </div>
            {error && <Alert type="error" showIcon closable onClose={() => setError(null)} title={error} data-testid="street-package-error" />}
            {previews.length > 0 && (
              <>
                <PreviewTable previews={previews} decisions={decisions} onDecide={(id, d) => void decide(id, d)} />
                <Space>
                  <Button type="primary" data-testid="street-package-import" disabled={accepted.length === 0} onClick={() => void commit()}>
                    确认导入{accepted.length ? `（${accepted.length}个）` : ''}
                  </Button>
                  <Button onClick={clear}>清空</Button>
                  {accepted.length < previews.length && (
                    <span style={{ color: '#cf1322' }}>未通过或未确认的 {previews.length - accepted.length} 个文件不会导入</span>
                  )}
                </Space>
              </>
            )}
          </Space>
        </Spin>
      </Card>
      <Card
        title="已导入的上报包"
        extra={
          <Checkbox checked={withReplaced} onChange={(e) => setWithReplaced(e.target.checked)}>
            显示已被替换的
          </Checkbox>
        }
      >
        <Table<StreetPackageRow>
          data-testid="street-packages"
          rowKey="id"
          size="small"
          loading={packages.isFetching && !packages.data}
          dataSource={packages.data ?? []}
          pagination={{ pageSize: 30, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: '还没有导入上报包' }}
          onRow={(r) => ({ 'data-testid': `street-package-${r.community}-${r.periodLabel}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: '社区',
              dataIndex: 'community',
              width: 130,
              render: (v: string, r) => (
                <span title={r.fileName}>
                  {v}
                  {r.packageCommunity !== v && <div style={{ color: '#888', fontSize: 12 }}>包内名称：{r.packageCommunity}</div>}
                </span>
              ),
            },
            { title: '期间', dataIndex: 'periodLabel', width: 110 },
            { title: '生成时间', dataIndex: 'createdAt', width: 150 },
            {
              title: '截至日期',
              dataIndex: 'asOf',
              width: 110,
              render: (v: string, r) => (
                <>
                  {v}
                  {r.early && <Tag color="orange">期末前生成</Tag>}
                </>
              ),
            },
            { title: '签名', dataIndex: 'signed', width: 80, render: (v: boolean) => (v ? <Tag color="green">已签名</Tag> : <Tag>未签名</Tag>) },
            { title: '导入时间', dataIndex: 'importedAt', width: 140, render: (v: string) => localTime(v) },
            {
              title: '状态',
              width: 180,
              ellipsis: true,
              render: (_, r) =>
                r.voidedAt ? (
                  <Tag color="red" title={r.voidReason ?? ''}>
                    {localTime(r.voidedAt)} 作废：{r.voidReason}
                  </Tag>
                ) : r.replacedAt ? (
                  <Tag>{localTime(r.replacedAt)} 被替换</Tag>
                ) : (
                  <Tag color="green">使用中</Tag>
                ),
            },
            // A secondary column: on a 1366 screen it left 社区 one character wide; the 社区 cell's tooltip names the file.
            { title: '文件', dataIndex: 'fileName', ellipsis: true, responsive: ['xxl'] },
            { title: '', width: 100, render: (_, r) => <PackageActions row={r} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
