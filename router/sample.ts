// 示例数据: a small made-up community a new user can look around in, and take out again.
// Taking it out restores the copy made just before it went in, so nothing else is touched
// by a selective delete; whatever was entered after loading goes too (the UI says so).
import { eq } from 'drizzle-orm';
import { makeBackup } from '../db/backups/make';
import { refuse } from '../db/ledgerError';
import { settings } from '../db/schema';
import { scaleFor, seedLedger } from '../seed/generate';
import { restore } from './backups';
import type { RouterContext } from './handlers';

const KEY = 'sample.backup';

export function sampleStatus(ctx: RouterContext) {
  const loaded = ctx.ledger.db.select().from(settings).where(eq(settings.key, KEY)).get()?.value ?? null;
  const empty = (ctx.ledger.sqlite.prepare('SELECT (SELECT count(*) FROM orgs) + (SELECT count(*) FROM members) AS n').get() as { n: number }).n === 0;
  return { loaded: loaded !== null, canLoad: empty && loaded === null };
}

export async function loadSample(ctx: RouterContext, today: string) {
  if (!sampleStatus(ctx).canLoad) throw refuse('只有在还没有录入任何组织和党员时才能加载示例数据');
  const backup = await makeBackup(ctx.ledger, ctx.backupsDir, '加载示例数据前备份');
  if (!backup) throw refuse('内存中的数据库不能加载示例数据');
  ctx.ledger.tx(() => {
    seedLedger(ctx.ledger, scaleFor('sample', today), today);
    ctx.ledger.db.insert(settings).values({ key: KEY, value: backup.name }).run();
  });
  return sampleStatus(ctx);
}

export async function removeSample(ctx: RouterContext) {
  const name = ctx.ledger.db.select().from(settings).where(eq(settings.key, KEY)).get()?.value;
  if (!name) throw refuse('没有加载过示例数据');
  await restore(ctx, name);
  return sampleStatus(ctx);
}
