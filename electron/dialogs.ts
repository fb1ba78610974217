import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';

/** The save dialog for exports, starting in the user's Documents folder. */
export async function chooseSavePath(suggestedName: string): Promise<string | null> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const options = {
    title: '保存表格',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
