import type { ExportedFile } from '../../api/schemas/reports';
import { client } from '../api';

/**
 * Hands a finished export to the user: a save dialog in the desktop app, a download in
 * the browser. Resolves to a sentence for the message bar, or throws the Chinese error.
 */
export async function deliver(file: ExportedFile): Promise<string> {
  const result = await client.call('files.deliver', { fileName: file.fileName });
  if (!result.ok) throw new Error(result.error.message);
  const delivery = result.value;
  if (delivery.kind === 'cancelled') return '已取消保存';
  if (delivery.kind === 'opened') return '已用系统程序打开';
  if (delivery.kind === 'saved') return `已保存到 ${delivery.path}`;
  const link = document.createElement('a');
  link.href = delivery.url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // rows counts people, activities or sheets depending on the form, so it is not named here.
  return `文件“${file.fileName}”已开始下载`;
}
