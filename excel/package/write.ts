// Writes a 上报包: data.json (packageData), the period's forms under 报表/ for people to read, and
// manifest.json naming each file with its size and SHA-256 plus a SHA-256 over the manifest
// itself (docs/package.md). The forms are specified in the same transaction as data.json, so
// the workbook and the figures the street's app reads come from one state of the ledger.
import { coverageForYear, coverageText } from '../../api/rules/coverage';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { normalizeAccessCode } from '../../api/rules/accessCode';
import { maskIdNumber, maskPhone } from '../../api/rules/idNumber';
import { PACKAGE_FORMAT, PACKAGE_KIND, type PackageData, type PackageManifest, type PackagePeriod } from '../../api/schemas/reportPackage';
import type { ExportedFile } from '../../api/schemas/reports';
import type { Settings } from '../../api/schemas/settings';
import { appraisalOverview } from '../../db/appraisal';
import { listActivities } from '../../db/dualReg/activities';
import { listOnjob } from '../../db/dualReg/registry';
import { refuse } from '../../db/ledgerError';
import { complianceMatrix } from '../../db/meetings/compliance';
import { rosterAsOf } from '../../db/members/asOf';
import type { Ledger } from '../../db/open';
import { yearStandings } from '../../db/points/views';
import { reportToRecord, storeReported } from '../../db/census/record';
import { getSettings } from '../../db/settings';
import { writeFileAtomic } from '../../db/writeFileAtomic';
import { recordPackageMade } from '../../db/streetDown';
import { duesStatsData } from '../duesStatsData';
import { ratesFor } from '../exportMeetings';
import { renderForm } from '../form/render';
import type { FormSpec } from '../form/spec';
import { censusForms } from '../forms/census';
import { activityLedgerForm, registrationForm } from '../forms/dualReg';
import { duesStatsForm } from '../forms/duesStats';
import { meetingStatsForm, statsRows } from '../forms/meetingStats';
import { appraisalSummaryForm, pointsSummaryForm } from '../forms/points';
import { rosterForm } from '../forms/roster';
import { canonicalJson, manifestSha256, sha256Hex } from './checksum';
import { packageData, periodBounds, periodText, scopeOf, type PackageOptions } from './data';
import { communityUid } from './identity';
import { signManifest } from './signature';
import { DATA_NAME, MANIFEST_NAME } from './verify';

export interface WritePackageOptions extends PackageOptions {
  /** The app's version, written in the manifest (app.info's). */
  appVersion: string;
}

/** One workbook of 报表/: its file name and the forms it holds, a sheet each. */
interface Form {
  name: string;
  specs: FormSpec<never>[];
}
const form = <R>(name: string, ...specs: FormSpec<R>[]): Form => ({ name: `报表/${name}.xlsx`, specs: specs as unknown as FormSpec<never>[] });

/** 'YYYY-MM-DD HH:mm:ss' in the computer's own time: what the secretary's clock said. */
export function localStamp(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}`;
}

/** `${社区名称}${year}年[第N季度]上报包.zip`, without characters a file name cannot hold. */
export const packageFileName = (community: string, period: PackagePeriod): string =>
  `${community.replace(/[\\/:*?"<>|]/g, '_')}${periodText(period)}上报包.zip`;

function requireNames(settings: Settings): { community: string; street: string } {
  const community = settings.communityName?.trim();
  const street = settings.streetName?.trim();
  if (!community) throw refuse('请先在“系统设置”中填写社区名称，上报包要写明是哪个社区报送的', 'communityName');
  if (!street) throw refuse('请先在“系统设置”中填写所属街道，上报包要写明报送给哪个街道', 'streetName');
  return { community, street };
}

/** The period's forms, as the community prints them; 身份证号 and phones masked unless fullIdNumbers. */
function forms(ledger: Ledger, data: PackageData, today: string, settings: Settings, full: boolean): Form[] {
  const { period, asOf } = data;
  const { year } = period;
  const { from, to } = periodBounds(period);
  const scope = scopeOf(period);
  const list: Form[] = [
    form(
      '党员花名册',
      rosterForm(rosterAsOf(ledger, { asOf, branchId: null }), settings, {
        asOf,
        branchName: null,
        maskIdNumbers: !full,
        maskPhones: !full,
        reportDate: today,
      }),
    ),
    form(
      '三会一课开展情况统计表',
      meetingStatsForm(
        year,
        scope,
        statsRows(complianceMatrix(ledger, year, today), scope, ratesFor(ledger, year, scope)),
        settings,
        today,
        coverageText(data.coverage),
      ),
    ),
    form('党费收缴情况统计表', duesStatsForm(duesStatsData(ledger, year, period.quarter === null ? '年' : '季', today), settings, today)),
  ];
  const people = listOnjob(ledger)
    .filter((o) => o.registeredOn <= to && (!o.revokedOn || o.revokedOn >= from))
    .map((o) => (full ? o : { ...o, idNumber: maskIdNumber(o.idNumber), phone: o.phone === null ? null : maskPhone(o.phone) }));
  const activities = listActivities(ledger, year).filter((a) => a.heldOn >= from && a.heldOn <= to);
  if (people.length > 0) list.push(form('双报到在职党员报到登记表', registrationForm(people, settings, today, year)));
  if (activities.length > 0) list.push(form('双报到活动台账', activityLedgerForm(activities, settings, today, year)));
  if (period.quarter === null) {
    const standings = yearStandings(ledger, year);
    if (standings.rules.length > 0) list.push(form('积分汇总表', pointsSummaryForm(standings, settings, today)));
    const batches = appraisalOverview(ledger, year).branches.flatMap((b) => (b.batch ? [b.batch] : []));
    if (batches.length > 0) list.push(form('民主评议党员情况汇总表', appraisalSummaryForm(year, batches, settings, today)));
    // The 年报 of the very report data.json carries.
    if (data.census) list.push(form('党内统计年报', ...censusForms(data.census, settings, today, coverageForYear(data.coverage, year))));
  }
  return list;
}

/**
 * A workbook's bytes, streamed as the big exports are (excel/saveWorkbook.ts): a 1,500-member
 * 花名册 renders in about a third of the time it takes through workbook.xlsx.writeBuffer().
 */
async function workbookBytes(specs: FormSpec<never>[]): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  writer.creator = '社区党务台账';
  for (const spec of specs) renderForm(writer, spec).commit();
  await writer.commit();
  return Buffer.concat(chunks);
}

export async function writePackage(
  ledger: Ledger,
  exportsDir: string,
  period: PackagePeriod,
  today: string,
  options: WritePackageOptions,
): Promise<ExportedFile> {
  const settings = getSettings(ledger);
  const { community, street } = requireNames(settings);
  // One read of the ledger for the figures, the forms and (a year's first package as of its
  // 12-31) the report to keep; it is kept only once the file is written (docs/census.md).
  const { data, specs, pending } = ledger.tx(() => {
    const pending = period.quarter === null ? reportToRecord(ledger, period.year, today) : null;
    const data = packageData(ledger, period, today, options);
    return { data, specs: forms(ledger, data, today, settings, options.fullIdNumbers), pending };
  });

  const contents: { name: string; bytes: Uint8Array }[] = [{ name: DATA_NAME, bytes: Buffer.from(JSON.stringify(data), 'utf8') }];
  for (const one of specs) contents.push({ name: one.name, bytes: await workbookBytes(one.specs) });

  const createdAt = localStamp();
  const body: Omit<PackageManifest, 'sha256' | 'signature'> = {
    kind: PACKAGE_KIND,
    format: PACKAGE_FORMAT,
    appVersion: options.appVersion,
    community,
    street,
    period,
    createdAt,
    fullIdNumbers: options.fullIdNumbers,
    files: contents.map((c) => ({ name: c.name, bytes: c.bytes.length, sha256: sha256Hex(c.bytes) })),
    communityUid: communityUid(ledger),
  };
  // Signed when the street's 接入码 is in 系统设置: one HMAC over the manifest, whose file list holds every SHA-256.
  const code = normalizeAccessCode(settings.accessCode);
  const unsigned: Omit<PackageManifest, 'sha256'> = code ? { ...body, signature: signManifest(code, body) } : body;
  const manifest: PackageManifest = { ...unsigned, sha256: manifestSha256(unsigned) };

  const zip = new JSZip();
  // Canonical too, so the manifest a person opens is the text its checksum was taken over plus sha256.
  zip.file(MANIFEST_NAME, canonicalJson(manifest), { createFolders: false });
  for (const c of contents) zip.file(c.name, c.bytes, { createFolders: false });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });

  const fileName = packageFileName(community, period);
  writeFileAtomic(path.join(exportsDir, fileName), bytes);
  // The year counts as reported when a package exists to show for it, not before: a failed write leaves it open.
  if (pending) ledger.tx(() => storeReported(ledger, pending, '上报包', settings.operator));
  recordPackageMade(ledger, period, createdAt); // 首页's 已生成 for the period's 报送 deadline (issue 30)
  return { fileName, rows: data.members.total };
}
