// One page's 使用说明 (texts.ts) in a drawer: what the page is for, its rules with their sources, the usual steps.
import { Drawer, Typography } from 'antd';
import { HELP_TEXTS } from './texts';

export default function HelpDrawer({ helpKey, onClose }: { helpKey: string; onClose: () => void }) {
  // Every page of the shell has a text (tests/unit/helpTexts.test.ts).
  const text = HELP_TEXTS[helpKey]!;
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
