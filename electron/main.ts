// Composition root of the desktop app: wires, decides nothing.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { startLedger, type StartedLedger } from '../host/startLedger';
import { desktopDataDir } from './dataDir';
import { chooseFolder, chooseSavePath, openWithSystem } from './dialogs';
import { bindRouter } from './ipc';
import { hardenSession, hardenWebContents, isTrustedSender } from './security';
import { createMainWindow } from './window';

const rendererIndexHtml = path.join(app.getAppPath(), 'dist', 'renderer', 'index.html');
const preloadPath = path.join(__dirname, 'preload.cjs');
let started: StartedLedger | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, rendererIndexHtml));
  app.on('window-all-closed', () => {
    started?.stop();
    app.quit();
  });
  // The callback catches everything itself: a failed start is shown, never left unhandled.
  void app.whenReady().then(async () => {
    try {
      const dataDir = desktopDataDir(process.argv, process.env, () => app.getPath('userData'));
      const migrationsDir = app.isPackaged ? path.join(process.resourcesPath, 'migrations') : path.join(app.getAppPath(), 'db', 'migrations');
      // Worker threads cannot start from inside app.asar: electron-builder.yml unpacks dist/workers.
      const parseWorkerPath = path.join(app.getAppPath().replace(/app\.asar$/, 'app.asar.unpacked'), 'dist', 'workers', 'parseWorker.cjs');
      started = await startLedger({
        dataDir,
        migrationsDir,
        version: app.getVersion(),
        mode: 'desktop',
        parseWorkerPath,
        chooseSavePath,
        chooseFolder,
        openFile: openWithSystem,
      });
      hardenSession(session.defaultSession);
      bindRouter(ipcMain, started.router, (event) => isTrustedSender(event.senderFrame, rendererIndexHtml));
      createMainWindow(rendererIndexHtml, preloadPath);
    } catch (error) {
      dialog.showErrorBox('社区党务台账无法启动', error instanceof Error ? error.message : String(error));
      app.quit();
    }
  });
}
