// When an e2e test fails, prints what each open page showed (open dialogs, red field texts,
// message-bar texts) and the tail of each host's output. A CI failure that cannot be
// reproduced here (a save that left its dialog open) otherwise says only "timeout".
import { afterEach } from 'vitest';
import { liveHosts, livePages } from './harness';

async function pageState(page: (typeof livePages)[number]): Promise<string> {
  if (page.isClosed()) return '（页面已关闭）';
  const texts = (selector: string) =>
    page
      .locator(selector)
      .allInnerTexts()
      .catch(() => ['（读取失败）']);
  const [modals, fieldErrors, messages] = await Promise.all([
    texts('.ant-modal:visible .ant-modal-title'),
    texts('.ant-form-item-explain-error'),
    texts('.ant-message-notice, .ant-notification-notice'),
  ]);
  return [
    `地址：${page.url()}`,
    `打开的对话框：${modals.join(' | ') || '无'}`,
    `字段提示：${fieldErrors.join(' | ') || '无'}`,
    `消息：${messages.join(' | ') || '无'}`,
  ].join('\n');
}

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  const parts: string[] = [];
  for (const page of livePages) parts.push(await pageState(page));
  for (const host of liveHosts) {
    const exit = host.process.exitCode === null ? '运行中' : `已退出（${host.process.exitCode ?? host.process.signalCode}）`;
    parts.push(`本机服务 ${host.origin}：${exit}\n${host.output().split('\n').slice(-20).join('\n')}`);
  }
  if (parts.length > 0) console.error(`\n--- 测试失败时的现场：${context.task.name} ---\n${parts.join('\n')}\n---`);
});
