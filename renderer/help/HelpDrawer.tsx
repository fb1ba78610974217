// One page's 使用说明 (texts.ts) in a drawer: what the page is for, its rules with their sources, the usual steps.
import { Drawer, Typography } from 'antd';
import type { HelpText } from './texts';

export default function HelpDrawer({ text, onClose }: { text: HelpText; onClose: () => void }) {
  return (
    <Drawer open title={`使用说明：${text.title}`} size={520} onClose={onClose} data-testid="help-drawer">
      <Typography.Paragraph>{text.purpose}</Typography.Paragraph>
      <Typography.Title level={5}>依据的规定</Typography.Title>
      <ul>
        {text.rules.map((r) => (
          <li key={r.text}>
            {r.text}
            <Typography.Text type="secondary">（{r.source}）</Typography.Text>
          </li>
        ))}
      </ul>
      <Typography.Title level={5}>一般步骤</Typography.Title>
      <ol>
        {text.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </Drawer>
  );
}
