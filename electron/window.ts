import { BrowserWindow } from 'electron';

/**
 * The options are written inside `new BrowserWindow({...})` on purpose: electronegativity
 * (scripts/electronegativity.mjs) reads them statically and cannot follow a helper call.
 */
export function createMainWindow(rendererIndexHtml: string, preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: '社区党务台账',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndexHtml);
  return win;
}
