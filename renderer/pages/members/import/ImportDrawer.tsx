import { useState } from 'react';
import { Alert, App, Button, Checkbox, Collapse, Drawer, Radio, Select, Space, Spin, Statistic, Upload, Row, Col } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { ImportPreview, UploadedFile } from '../../../../api/schemas/imports';
import { client } from '../../../api';
import { deliver } from '../../../components/deliver';
import { useLedgerMutation } from '../../../useLedgerMutation';
import { MappingTable } from './MappingTable';
import { MissingOrgsAlert } from './MissingOrgsAlert';
import { PreviewTable } from './PreviewTable';
import { readAsBase64 } from './readFile';
import { ImportDone } from './ImportDone';
import { TARGET_WORDS, type ImportTargetName } from './targets';

const monthsOf = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

type Policy = 'skip' | 'update' | 'stop';

interface Props {
  open: boolean;
  /** Also called after a successful import: the pages behind refresh by themselves. */
  onClose: () => void;
  /** roster: 党员花名册; onjob: one unit's 在职党员 list; duesBases: members' 党费基数. */
  target?: ImportTargetName;
  /** onjob only: the units to choose from. */
  units?: { id: number; name: string }[];
  /** duesBases only: the year on screen; rows without 起始月份 apply from a month of it (January unless chosen). */
  year?: number;
}

/** 党员 → 导入: pick a file, check the preview, import all good rows in one go. */
export function ImportDrawer({ open, onClose, target = 'roster', units = [], year = new Date().getFullYear() }: Props) {
  const words = TARGET_WORDS[target];
  const { message, modal } = App.useApp();
  const importRows = useLedgerMutation('import.commit');
  const createMissingOrgs = useLedgerMutation('import.createOrgs');
  const [busy, setBusy] = useState<string | null>(null);
  const [upload, setUpload] = useState<UploadedFile | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  const [policy, setPolicy] = useState<Policy>('skip');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [pickedMonth, setPickedMonth] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<'retiredClass'[]>([]);
  // The month follows the year on the page: a month picked for another year falls back to January.
  const fromMonth = target !== 'duesBases' ? null : pickedMonth?.startsWith(`${year}-`) ? pickedMonth : `${year}-01`;

  const reset = () => {
    setUpload(null);
    setPreview(null);
    setMapping({});
    setSheet(null);
    setError(null);
    setAccepted([]);
  };

  async function run<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
    if (busy) return undefined; // one long job at a time
    setBusy(label);
    try {
      return await work();
    } catch (e) {
      setError((e as Error).message);
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  async function refresh(
    uploadId: string,
    next: { sheet?: string | null; mapping?: Record<string, number | null>; policy?: Policy; fromMonth?: string | null; accept?: 'retiredClass'[] },
  ) {
    const input = {
      uploadId,
      sheet: next.sheet ?? sheet,
      mapping: Object.keys(next.mapping ?? mapping).length ? (next.mapping ?? mapping) : null,
      onDuplicate: next.policy ?? policy,
      target,
      unitId,
      fromMonth: next.fromMonth ?? fromMonth,
      acceptProposals: next.accept ?? accepted,
    };
    const result = await client.call('import.preview', input);
    if (!result.ok) throw new Error(result.error.message);
    setError(null);
    setPreview(result.value);
    setSheet(result.value.sheet);
  }

  async function pick(file: File) {
    reset();
    await run('正在读取文件，较大的文件需要十几秒…', async () => {
      const result = await client.call('import.upload', { fileName: file.name, data: await readAsBase64(file) });
      if (!result.ok) throw new Error(result.error.message);
      setUpload(result.value);
      await refresh(result.value.uploadId, { sheet: null, mapping: {} });
    });
    return false;
  }

  const current = () => ({
    uploadId: upload!.uploadId,
    sheet,
    mapping: Object.keys(mapping).length ? mapping : null,
    onDuplicate: policy,
    target,
    unitId,
    fromMonth,
    acceptProposals: accepted,
  });

  async function createOrgs(communityKind: '党委' | '党总支') {
    if (!upload) return;
    await run('正在新建组织…', async () => {
      const made = await createMissingOrgs.call({ ...current(), communityKind });
      if (!made.ok) throw new Error(made.error.message);
      message.success(`已新建：${made.value.created.join('、')}。请核对刷新后的预览，再确认导入`);
      await refresh(upload.uploadId, {});
    });
  }

  async function commit() {
    if (!upload || !preview) return;
    const request = current();
    const refused = preview.rows.filter((r) => r.action === 'error');
    const result = await run('正在导入，请勿关闭程序…', () => importRows.call(request));
    if (!result) return;
    if (!result.ok) return setError(result.error.message);
    modal.success({
      title: '导入完成',
      width: 560,
      content: <ImportDone summary={words.done(result.value)} refused={refused} onExport={() => void exportProblems(request)} />,
    });
    reset();
    onClose();
  }

  async function exportProblems(request = current()) {
    const result = await run('正在生成文件…', () => client.call('import.problems', request));
    if (!result) return;
    if (!result.ok) return void message.error(result.error.message);
    message.success(await deliver(result.value));
  }

  async function template() {
    const result = await run('正在生成模板…', () => client.call('import.rosterTemplate', {}));
    if (result?.ok) message.success(await deliver(result.value));
  }

  const c = preview?.counts;
  return (
    <Drawer open={open} title={words.title(year)} size={1000} onClose={onClose} rootClassName="import-drawer" maskClosable={!busy}>
      <Spin spinning={busy !== null} description={busy ?? undefined}>
        <Space orientation="vertical" style={{ width: '100%' }} size={16}>
          <Upload.Dragger accept=".xlsx,.xls,.et,.csv" showUploadList={false} beforeUpload={pick} disabled={busy !== null} data-testid="import-file">
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>点击或拖入 Excel 文件（.xlsx、.xls、WPS 的 .et 或 .csv）</p>
            <p style={{ color: '#888' }}>{upload ? `已选择：${upload.fileName}` : '文件只在本机读取，不会上传到任何地方'}</p>
          </Upload.Dragger>
          {target === 'roster' ? (
            <Button type="link" onClick={template} style={{ padding: 0 }}>
              下载导入模板（含填写说明）
            </Button>
          ) : target === 'duesBases' ? (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Alert type="info" showIcon title={words.columns} data-testid="import-columns" />
              <span>
                未填起始月份的行，基数自
                <Select
                  data-testid="import-from-month"
                  aria-label="起始月份"
                  style={{ width: 120, margin: '0 8px' }}
                  value={fromMonth}
                  options={monthsOf(year).map((m) => ({ value: m, label: m }))}
                  onChange={(v: string) => {
                    setPickedMonth(v);
                    if (upload) void run('正在更新预览…', () => refresh(upload.uploadId, { fromMonth: v }));
                  }}
                />
                起执行
              </span>
            </Space>
          ) : target === 'development' ? (
            <Alert type="info" showIcon title={words.columns} data-testid="import-columns" />
          ) : (
            <span>
              名单所属单位：
              <Select
                allowClear
                style={{ width: 260 }}
                placeholder="（不属于已报到单位）"
                value={unitId}
                onChange={(v) => setUnitId(v ?? null)}
                options={units.map((u) => ({ value: u.id, label: u.name }))}
              />
            </span>
          )}
          {error && <Alert type="error" showIcon title={error} data-testid="import-error" />}
          {upload && preview && c && (
            <>
              <Space wrap>
                {upload.sheets.length > 1 && (
                  <span>
                    工作表：
                    <Select
                      style={{ width: 200 }}
                      value={sheet}
                      options={upload.sheets.map((s) => ({ value: s.name, label: `${s.name}（${s.rows}行）` }))}
                      onChange={(v) => run('正在读取…', () => refresh(upload.uploadId, { sheet: v, mapping: {} }).then(() => setMapping({})))}
                    />
                  </span>
                )}
                <span>
                  {words.duplicateLabel}
                  <Radio.Group
                    value={policy}
                    onChange={(e) => {
                      setPolicy(e.target.value);
                      void run('正在更新预览…', () => refresh(upload.uploadId, { policy: e.target.value }));
                    }}
                    options={[
                      { value: 'skip', label: '跳过' },
                      { value: 'update', label: words.updateLabel },
                      { value: 'stop', label: '停止导入' },
                    ]}
                  />
                </span>
              </Space>
              <Row gutter={16}>
                {[
                  ['数据行', c.total],
                  ['将新增', c.create],
                  ['将更新', c.update],
                  ['跳过', c.skip],
                  ['有错误（不导入）', c.error],
                  ['有提示', c.warnings],
                ].map(([t, v]) => (
                  <Col span={4} key={t}>
                    <Statistic title={t} value={v} />
                  </Col>
                ))}
              </Row>
              <Collapse
                items={[
                  {
                    key: 'mapping',
                    label: `列的对应关系（表头在第${preview.headerRow}行，可修改）`,
                    children: (
                      <MappingTable
                        preview={preview}
                        onChange={(field, column) => {
                          const next = { ...Object.fromEntries(preview.fields.map((f) => [f.key, f.column])), ...mapping, [field]: column };
                          setMapping(next);
                          void run('正在更新预览…', () => refresh(upload.uploadId, { mapping: next }));
                        }}
                      />
                    ),
                  },
                ]}
              />
              {preview.skippedLines.length > 0 && (
                <Alert
                  type="info"
                  showIcon
                  data-testid="import-skipped-lines"
                  title={`有 ${preview.skippedLines.length} 行是填写说明或注释，不是人员，不会导入`}
                  description={preview.skippedLines.slice(0, 8).map((l) => (
                    <div key={l.rowNumber}>
                      第{l.rowNumber}行：{l.text}
                    </div>
                  ))}
                />
              )}
              {preview.notes.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="import-notes"
                  title="以下提示适用于文件中的每一行，只在这里说一次："
                  description={preview.notes.map((n) => (
                    <div key={`${n.column}${n.message}`}>
                      【{n.column}】{n.message}
                    </div>
                  ))}
                />
              )}
              {preview.proposals.map((p) => (
                <Alert
                  key={p.key}
                  type="info"
                  showIcon
                  data-testid={`import-proposal-${p.key}`}
                  title={p.text}
                  action={
                    <Checkbox
                      checked={p.accepted}
                      data-testid={`import-accept-${p.key}`}
                      onChange={(e) => {
                        const next = e.target.checked ? [...accepted, p.key] : accepted.filter((k) => k !== p.key);
                        setAccepted(next);
                        if (upload) void run('正在更新预览…', () => refresh(upload.uploadId, { accept: next }));
                      }}
                    >
                      采纳
                    </Checkbox>
                  }
                />
              ))}
              {preview.missingOrgs && <MissingOrgsAlert missing={preview.missingOrgs} disabled={busy !== null} onCreate={(kind) => void createOrgs(kind)} />}
              <PreviewTable preview={preview} />
              <Space>
                <Button type="primary" onClick={() => commit()} disabled={c.create + c.update === 0 || busy !== null} data-testid="import-commit">
                  确认导入（新增 {c.create} {words.unit}，更新 {c.update} {words.unit}）
                </Button>
                {c.error > 0 && (
                  <Button onClick={() => void exportProblems()} data-testid="import-export-problems">
                    导出不能导入的 {c.error} 行
                  </Button>
                )}
              </Space>
              <p style={{ color: '#888' }}>导入前会自动备份；所有行在一次操作中写入，中途出错则全部撤销。有错误的行不会导入。</p>
            </>
          )}
        </Space>
      </Spin>
    </Drawer>
  );
}
