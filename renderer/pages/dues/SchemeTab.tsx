import { useEffect, useState } from 'react';
import { Alert, App, Button, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { BASE_DUES_KINDS, DUES_KINDS, DUES_ROUNDINGS, type DuesBand, type DuesKind, type DuesRounding } from '../../../api/dues';
import { DEFAULT_DUES_BANDS, parseYuan } from '../../../api/rules/dues';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { yuan, yuanField } from './money';

export const REGULATION = '《关于中国共产党党费收缴、使用和管理的规定》（中组部，2008年）';

/** A band as its row edits it: 元 and percent as text until saved. */
interface BandDraft {
  key: number;
  kind: DuesKind;
  upTo: string;
  rate: string;
  fixed: string;
}

// A rate is kept in 万分之: "0.5" % → 50, which is the same arithmetic as 元 → 分.
const percentToBp = (text: string): number | null => parseYuan(text.replace(/%$/, ''));
const bpToPercent = (bp: number | null): string => (bp === null ? '' : yuanField(bp).replace(/\.?0+$/, ''));

const isBaseKind = (kind: DuesKind) => BASE_DUES_KINDS.includes(kind);
const toDraft = (bands: readonly DuesBand[]): BandDraft[] =>
  bands.map((b, i) => ({ key: i, kind: b.kind, upTo: yuanField(b.upToFen), rate: bpToPercent(b.rateBp), fixed: yuanField(b.fixedFen) }));

/** The drafts as bands, or the first problem in words. */
function toBands(drafts: BandDraft[]): { bands: DuesBand[] } | { error: string } {
  const bands: DuesBand[] = [];
  for (const d of drafts) {
    if (isBaseKind(d.kind)) {
      const rateBp = percentToBp(d.rate);
      const upToFen = d.upTo.trim() ? parseYuan(d.upTo) : null;
      if (rateBp === null) return { error: `${d.kind}的比例应为百分数，如 0.5` };
      if (d.upTo.trim() && upToFen === null) return { error: `${d.kind}的基数上限应为金额（元），留空表示以上全部` };
      bands.push({ kind: d.kind, upToFen, rateBp, fixedFen: null });
    } else {
      const fixedFen = parseYuan(d.fixed);
      if (fixedFen === null) return { error: `${d.kind}的每月金额应为金额（元），如 0.20` };
      bands.push({ kind: d.kind, upToFen: null, rateBp: null, fixedFen });
    }
  }
  return { bands };
}

/** Where a band starts: the previous band of the same kind's bound, for the 基数范围 column. */
function rangeText(drafts: BandDraft[], d: BandDraft): string {
  if (!isBaseKind(d.kind)) return '—';
  const own = drafts.filter((x) => x.kind === d.kind);
  const prev = own[own.indexOf(d) - 1];
  const from = prev?.upTo ? `${yuan(parseYuan(prev.upTo))} 元以上` : '';
  const to = d.upTo ? `${yuan(parseYuan(d.upTo))} 元及以下` : '';
  return [from, to].filter(Boolean).join('至') || '全部';
}

/** 收缴方案: the year's bands and rounding, editable; the 2008 规定 is the shipped default. */
export function SchemeTab({ year, closed }: { year: number; closed: boolean }) {
  const { message } = App.useApp();
  const scheme = useLedgerQuery('dues.scheme', { year });
  const save = useLedgerMutation('dues.saveScheme');
  const copy = useLedgerMutation('dues.copyScheme');
  const [drafts, setDrafts] = useState<BandDraft[]>([]);
  const [rounding, setRounding] = useState<DuesRounding>('分');
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!scheme.data) return;
    setDrafts(toDraft(scheme.data.bands));
    setRounding(scheme.data.rounding);
    setDirty(false);
  }, [scheme.data]);

  const change = (key: number, patch: Partial<BandDraft>) => {
    setDrafts((all) => all.map((d) => (d.key === key ? { ...d, ...patch } : d)));
    setDirty(true);
  };
  const addBand = (kind: DuesKind) => {
    // A new band goes after the last one of its kind, so the bounds stay in order.
    const at = drafts.map((d) => d.kind).lastIndexOf(kind) + 1;
    const next = { key: Math.max(0, ...drafts.map((d) => d.key)) + 1, kind, upTo: '', rate: '', fixed: '' };
    setDrafts((all) => [...all.slice(0, at || all.length), next, ...all.slice(at || all.length)]);
    setDirty(true);
  };

  async function saveScheme() {
    const parsed = toBands(drafts);
    if ('error' in parsed) return message.error(parsed.error);
    const r = await save.call({ year, rounding, bands: parsed.bands });
    if (!r.ok) return message.error(r.error.message);
    message.success(`${year}年党费收缴方案已保存`);
  }
  async function copyToNext() {
    const r = await copy.call({ fromYear: year, toYear: year + 1 });
    if (!r.ok) return message.error(r.error.message);
    message.success(`已将${year}年方案复制到${year + 1}年`);
  }
  function restoreDefault() {
    setDrafts(toDraft(DEFAULT_DUES_BANDS));
    setRounding('分');
    setDirty(true);
  }

  const isDefault = scheme.data?.isDefault ?? false;
  return (
    <>
      <Alert
        style={{ marginBottom: 12 }}
        type={isDefault ? 'warning' : 'info'}
        showIcon
        data-testid="dues-scheme-source"
        title={
          isDefault
            ? `${year}年尚未保存收缴方案，正在使用本地默认值（按${REGULATION}）。请核对本地规定后保存。`
            : `${year}年收缴方案已保存。默认值依据${REGULATION}，各地可按实际调整。`
        }
        description={
          '在职党员按每月工资收入（税后，扣除个人缴纳的养老、医疗、失业保险和住房公积金）全额计算：3000元及以下0.5%，3000–5000元1%，5000–10000元1.5%，10000元以上2%；' +
          '离退休党员以离退休费为基数，5000元及以下0.5%，以上1%；' +
          '学生、下岗失业、低保党员每月0.2元，农民党员每月0.2–1.0元。比例按全部基数计算，不分段累进。'
        }
      />
      <Space style={{ marginBottom: 12 }} wrap>
        <span>
          取整方式：
          <Select
            data-testid="dues-rounding"
            aria-label="取整方式"
            disabled={closed}
            style={{ width: 160 }}
            value={rounding}
            onChange={(v) => {
              setRounding(v);
              setDirty(true);
            }}
            options={DUES_ROUNDINGS.map((r) => ({ value: r, label: `四舍五入到${r}` }))}
          />
        </span>
        <Button type="primary" data-testid="dues-scheme-save" disabled={closed} onClick={saveScheme} loading={save.busy}>
          保存{year}年方案
        </Button>
        <Button disabled={closed} onClick={restoreDefault}>
          恢复为2008年规定的默认值
        </Button>
        <Popconfirm
          title={`将${year}年方案复制到${year + 1}年？`}
          description={`${year + 1}年已有的方案会被覆盖`}
          okText="复制"
          cancelText="取消"
          onConfirm={copyToNext}
        >
          <Button data-testid="dues-scheme-copy" disabled={dirty} title={dirty ? '请先保存修改' : undefined}>
            复制到下一年
          </Button>
        </Popconfirm>
        {dirty && <Tag color="orange">有未保存的修改</Tag>}
      </Space>
      <Table<BandDraft>
        data-testid="dues-bands"
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={drafts}
        columns={[
          { title: '缴费类别', dataIndex: 'kind', width: 110 },
          { title: '基数范围', width: 240, render: (_, d) => rangeText(drafts, d) },
          {
            title: '基数上限（元，含）',
            width: 170,
            render: (_, d) =>
              isBaseKind(d.kind) ? (
                <Input
                  aria-label={`${d.kind}基数上限`}
                  disabled={closed}
                  placeholder="留空为以上全部"
                  value={d.upTo}
                  onChange={(e) => change(d.key, { upTo: e.target.value })}
                />
              ) : (
                '—'
              ),
          },
          {
            title: '比例（%）',
            width: 120,
            render: (_, d) =>
              isBaseKind(d.kind) ? (
                <Input aria-label={`${d.kind}比例`} disabled={closed} suffix="%" value={d.rate} onChange={(e) => change(d.key, { rate: e.target.value })} />
              ) : (
                '—'
              ),
          },
          {
            title: '每月固定金额（元）',
            width: 160,
            render: (_, d) =>
              isBaseKind(d.kind) ? (
                '—'
              ) : (
                <Input
                  aria-label={`${d.kind}每月金额`}
                  disabled={closed}
                  suffix="元"
                  value={d.fixed}
                  onChange={(e) => change(d.key, { fixed: e.target.value })}
                />
              ),
          },
          {
            title: '',
            width: 120,
            render: (_, d) =>
              closed ? null : (
                <Space>
                  {isBaseKind(d.kind) && <a onClick={() => addBand(d.kind)}>增加档次</a>}
                  {drafts.filter((x) => x.kind === d.kind).length > 1 && (
                    <a
                      onClick={() => {
                        setDrafts((all) => all.filter((x) => x.key !== d.key));
                        setDirty(true);
                      }}
                    >
                      删除
                    </a>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {!closed && DUES_KINDS.filter((k) => !drafts.some((d) => d.kind === k)).length > 0 && (
        <Space style={{ marginTop: 8 }}>
          缺少类别：
          {DUES_KINDS.filter((k) => !drafts.some((d) => d.kind === k)).map((k) => (
            <a key={k} onClick={() => addBand(k)}>{`添加${k}`}</a>
          ))}
        </Space>
      )}
    </>
  );
}
