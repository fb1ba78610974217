// `npm run seed -- --scale sample|community|street|street43k --data-dir DIR`: fills an empty data folder.
import fs from 'node:fs';
import path from 'node:path';
import { todayIso } from '../api/rules/dates';
import { openLedger } from '../db/open';
import { SCALE_NAMES, scaleFor, seedLedger, type ScaleName } from '../db/sample/generate';

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const scale = (arg('scale') ?? 'community') as ScaleName;
const dataDir = arg('data-dir');
if (!SCALE_NAMES.includes(scale) || !dataDir) {
  console.error(`用法：npm run seed -- --scale ${SCALE_NAMES.join('|')} --data-dir 文件夹`);
  process.exit(2);
}
const file = path.join(dataDir, 'ledger.sqlite');
if (fs.existsSync(file)) {
  console.error(`${file} 已存在。为免覆盖真实数据，请指定一个空文件夹。`);
  process.exit(2);
}
fs.mkdirSync(dataDir, { recursive: true });
const started = Date.now();
const ledger = openLedger({ file, migrationsDir: path.resolve(import.meta.dirname, '..', 'db', 'migrations') });
const today = arg('today') ?? todayIso();
const result = seedLedger(ledger, scaleFor(scale, today), today, Number(arg('seed') ?? 20261125));
ledger.close();
console.log(
  `已生成${scale === 'street43k' ? '4.3万人街道' : scale === 'street' ? '街道' : '社区'}规模数据（${((Date.now() - started) / 1000).toFixed(1)} 秒）：`,
);
console.log(`  组织 ${result.orgs}，党员 ${result.members}，出勤记录 ${result.attendance}`);
console.log(`  报到单位 ${result.units}，在职党员 ${result.onjob}，活动 ${result.activities}，积分记录 ${result.pointEntries}`);
console.log(`  数据文件：${file}`);
