// 示例数据: a small made-up community a new user can look around in, and take out again.
// Taking it out restores the copy made just before it went in, so nothing else is touched
// by a selective delete; whatever was entered after loading goes too (the UI says so).
// The data and its marker are db/sample/; here are the backup and the restore around them.
import { makeBackup } from '../db/backups/make';
import { refuse } from '../db/ledgerError';
import { loadSampleData, sampleBackup, sampleState, type SampleState } from '../db/sample/sample';
import { restore } from './backups';
import type { HandlerContext } from './context';

export const sampleStatus = (ctx: HandlerContext): SampleState => sampleState(ctx.ledger);

export async function loadSample(ctx: HandlerContext, today: string): Promise<SampleState> {
  if (!sampleState(ctx.ledger).canLoad) throw refuse('只有在还没有录入任何组织和党员时才能加载示例数据');
  const backup = await makeBackup(ctx.ledger, ctx.backupsDir, '加载示例数据前备份');
  if (!backup) throw refuse('内存中的数据库不能加载示例数据');
  loadSampleData(ctx.ledger, backup.name, today);
  return sampleState(ctx.ledger);
}

export async function removeSample(ctx: HandlerContext): Promise<SampleState> {
  const name = sampleBackup(ctx.ledger);
  if (!name) throw refuse('没有加载过示例数据');
  await restore(ctx, name);
  return sampleState(ctx.ledger);
}
