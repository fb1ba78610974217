import path from 'node:path';
import fs from 'node:fs';
import { app, BrowserWindow, dialog, shell } from 'electron';

/** The save dialog for exports, starting in the user's Documents folder. */
export async function chooseSavePath(suggestedName: string): Promise<string | null> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  // A 上报包 is a .zip: the dialog must not offer to save it as a workbook.
  const zip = suggestedName.endsWith('.zip');
  const options = {
    title: zip ? '保存上报包' : '保存表格',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [zip ? { name: '上报包', extensions: ['zip'] } : { name: 'Excel 工作簿', extensions: ['xlsx'] }],
  };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/**
 * Opens an attachment with the system viewer. Stored files are named by hash, so a copy
 * with the original name (and extension) goes to the temp folder first.
 */
export async function openWithSystem(filePath: string, displayName: string): Promise<void> {
  const copy = path.join(app.getPath('temp'), '社区党务台账附件', path.basename(displayName));
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  fs.copyFileSync(filePath, copy);
  const error = await shell.openPath(copy);
  if (error) throw new Error(`无法打开附件：${error}`);
}

/** The folder dialog for 备份到… (a USB stick, another disk). */
export async function chooseFolder(): Promise<string | null> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const options = { title: '选择备份保存位置（如U盘）', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
}
