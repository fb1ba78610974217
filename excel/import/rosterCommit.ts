// Writes a planned import: a backup first, then every importable row in ONE transaction.
// Any refusal names its row and rolls the whole import back.
import type { ImportResult } from '../../api/schemas/imports';
import { backupLedger } from '../../db/backup';
import { LedgerError, refuse } from '../../db/ledgerError';
import { createMember, updateMember } from '../../db/members/write';
import type { Ledger } from '../../db/open';
import { settings } from '../../db/schema';
import { MAPPING_SETTING, type Plan } from './rosterPreview';

export function commitRosterImport(ledger: Ledger, plan: Plan, onDuplicate: 'skip' | 'update' | 'stop', backupsDir: string, today: string): ImportResult {
  const duplicates = plan.planned.filter((r) => r.duplicate === 'roster' && r.action !== 'error');
  if (onDuplicate === 'stop' && duplicates.length > 0) {
    throw refuse(`有 ${duplicates.length} 行的身份证号已在花名册中（第${duplicates.slice(0, 5).map((r) => r.rowNumber).join('、')}行${duplicates.length > 5 ? '等' : ''}），按设置停止导入，未写入任何数据`);
  }
  const work = plan.planned.filter((r) => r.action === 'create' || r.action === 'update');
  if (work.length === 0) throw refuse('没有可以导入的行：请先根据预览中的提示修改文件');
  const backup = backupLedger(ledger, backupsDir, '导入前备份') ?? '';
  ledger.tx(() => {
    for (const row of work) {
      try {
        if (row.action === 'create') createMember(ledger, row.input!, null, today);
        else updateMember(ledger, row.existingId!, row.input!, today);
      } catch (error) {
        if (error instanceof LedgerError) throw new LedgerError(error.code, `第${row.rowNumber}行（${row.name}）：${error.message}。整个导入已撤销，未写入任何数据`);
        throw error;
      }
    }
    ledger.db
      .insert(settings)
      .values({ key: MAPPING_SETTING, value: JSON.stringify(plan.headerMapping) })
      .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(plan.headerMapping) } })
      .run();
  });
  return {
    created: work.filter((r) => r.action === 'create').length,
    updated: work.filter((r) => r.action === 'update').length,
    skipped: plan.planned.length - work.length,
    backup,
  };
}
