// The community's own forms inside a package the street keeps (issue 31): its 花名册, 年报 and the
// rest under 报表/, opened as the community printed them, not only the sums. The file was verified
// when it was imported; each form is checked again against the stored manifest before it is handed out.
import path from 'node:path';
import JSZip from 'jszip';
import type { PackageForms } from '../../api/schemas/street';
import type { ExportedFile } from '../../api/schemas/reports';
import { periodLabel } from '../../api/rules/streetPeriods';
import { notFound, refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import { packageFile } from '../../db/street/packages';
import { writeFileAtomic } from '../../db/writeFileAtomic';
import { sha256Hex } from '../package/checksum';
import { freshExportFileName } from '../saveWorkbook';

async function opened(ledger: Ledger, id: number) {
  const file = packageFile(ledger, id);
  if (!file) throw notFound('上报包');
  if (!file.bytes) throw refuse('该上报包导入时本软件还不保存原文件，只能查看汇总数字；请让社区重新报送后再打开其报表');
  return { file, zip: await JSZip.loadAsync(file.bytes) };
}

export async function listPackageForms(ledger: Ledger, id: number): Promise<PackageForms> {
  const file = packageFile(ledger, id);
  if (!file) throw notFound('上报包');
  if (!file.bytes) return { packageId: id, forms: [] };
  const zip = await JSZip.loadAsync(file.bytes);
  return { packageId: id, forms: Object.keys(zip.files).filter((n) => n.startsWith('报表/') && n.endsWith('.xlsx')) };
}

/** Writes one workbook of the package to exports/ as `${社区}${期间}${表名}-time.xlsx`. */
export async function exportPackageForm(ledger: Ledger, exportsDir: string, input: { id: number; name: string }): Promise<ExportedFile> {
  const { file, zip } = await opened(ledger, input.id);
  const entry = zip.files[input.name];
  const listed = file.manifest.files.find((f) => f.name === input.name);
  if (!entry || !listed || !input.name.startsWith('报表/')) throw refuse(`上报包中没有“${input.name}”`, 'name');
  const bytes = await entry.async('uint8array');
  if (sha256Hex(bytes) !== listed.sha256) throw refuse(`上报包中的“${input.name}”与导入时不一致，文件已损坏`);
  const title = `${file.manifest.community}${periodLabel(file)}${path.basename(input.name, '.xlsx')}`;
  const fileName = freshExportFileName(exportsDir, title);
  writeFileAtomic(path.join(exportsDir, fileName), bytes);
  return { fileName, rows: 0 };
}
