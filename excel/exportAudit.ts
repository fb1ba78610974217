import ExcelJS from 'exceljs';
import { callLabel } from '../api/contract';
import type { AuditFilter, AuditRow } from '../api/schemas/audit';
import type { ExportedFile } from '../api/schemas/reports';
import { listAudit } from '../db/audit';
import type { Ledger } from '../db/open';
import { getSettings } from '../db/settings';
import { renderForm } from './form/render';
import { saveWorkbook } from './saveWorkbook';

const localTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

export async function exportAudit(ledger: Ledger, exportsDir: string, filter: AuditFilter, today: string): Promise<ExportedFile> {
  const { rows } = listAudit(ledger, { ...filter, page: 1, pageSize: 100_000 });
  const s = getSettings(ledger);
  const wb = new ExcelJS.Workbook();
  renderForm<AuditRow>(wb, {
    sheetName: '操作日志',
    title: '社区党务台账操作日志',
    unitName: s.communityName ?? '（请在系统设置中填写社区名称）',
    reportDate: today,
    footer: { preparer: s.preparer, reviewer: s.reviewer, phone: s.phone },
    rows,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
      { header: '时间', width: 20, kind: 'text', value: (r) => localTime(r.at) },
      { header: '操作人', width: 12, kind: 'text', value: (r) => r.operator },
      { header: '操作', width: 22, kind: 'text', value: (r) => callLabel(r.call) },
      { header: '涉及记录', width: 30, kind: 'text', value: (r) => r.target },
    ],
  });
  return saveWorkbook(wb, exportsDir, '操作日志', rows.length);
}
