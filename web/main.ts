// `npm run web`: the app in a browser tab. Prints one address with a random token.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { checkNodeVersion } from '../host/nodeVersion';
import { defaultUserDataDir, resolveDataDir } from '../host/dataDir';
import { DataDirBusyError } from '../host/lock';
import { NewerFileError } from '../db/open';
import { startLedger } from '../host/startLedger';
import { startWebHost } from './host';

declare const __APP_VERSION__: string;

function portFromArgs(argv: string[]): number | undefined {
  const i = argv.indexOf('--port');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--port='))?.slice(7);
  return value === undefined ? undefined : Number(value);
}

async function main() {
  checkNodeVersion();
  const appRoot = path.resolve(__dirname, '..', '..');
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv, process.env, () => defaultUserDataDir());
  const started = await startLedger({
    dataDir,
    migrationsDir: path.join(appRoot, 'db', 'migrations'),
    version: __APP_VERSION__,
    mode: 'browser',
    parseWorkerPath: path.join(appRoot, 'dist', 'workers', 'parseWorker.cjs'),
  });
  const host = await startWebHost({
    router: started.router,
    staticDir: path.join(appRoot, 'dist', 'renderer'),
    exportsDir: started.exportsDir,
    attachmentsDir: started.attachmentsDir,
    token: randomBytes(24).toString('base64url'),
    port: portFromArgs(argv) ?? Number(process.env.DANGWU_PORT ?? 0),
  });
  console.log(`社区党务台账已启动（浏览器模式）。数据文件夹：${dataDir}`);
  console.log(`请在浏览器中打开：${host.url}`);
  console.log('按 Ctrl+C 退出。');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    started.stop();
    process.exit(0);
  };
  // stop() cannot reject: host.close() only resolves.
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error) => {
  if (error instanceof DataDirBusyError || error instanceof NewerFileError) console.error(error.message);
  else console.error('社区党务台账无法启动：', error instanceof Error ? error.message : error);
  process.exit(1);
});
