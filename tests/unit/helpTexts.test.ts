// Every page of the side list has its 使用说明 (renderer/help/texts.ts). The pages are read from
// AppShell.tsx's two tables, so a page added there without a help text fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP_TEXTS, helpKey } from '../../renderer/help/texts';

const SHELL = fs.readFileSync(path.resolve(__dirname, '../../renderer/AppShell.tsx'), 'utf8');

/** The keys of `const NAME: Pages = { … };` in AppShell.tsx. */
function pageKeys(name: string): string[] {
  const start = SHELL.indexOf(`const ${name}: Pages = {`);
  expect(start, `${name} not found in AppShell.tsx`).toBeGreaterThanOrEqual(0);
  const body = SHELL.slice(start, SHELL.indexOf('\n};', start));
  return [...body.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]);
}

describe('使用说明', () => {
  const community = pageKeys('PAGES');
  const street = pageKeys('STREET_PAGES');

  it('reads both page tables of the shell', () => {
    expect(community).toEqual(expect.arrayContaining(['home', 'members', 'development', 'reports', 'settings']));
    expect(street).toEqual(expect.arrayContaining(['home', 'communities', 'packages', 'summary', 'settings']));
  });

  it.each([...community.map((p) => [p, false] as const), ...street.map((p) => [p, true] as const)])('has a text for %s (street: %s)', (page, isStreet) => {
    const text = HELP_TEXTS[helpKey(page, isStreet)];
    expect(text, `no 使用说明 for ${page}`).toBeDefined();
    expect(text.purpose.length).toBeGreaterThan(10);
    expect(text.rules.length).toBeGreaterThan(0);
    expect(text.steps.length).toBeGreaterThan(0);
    for (const rule of text.rules) expect(rule.source, rule.text).not.toBe('');
  });

  it('is written in Chinese, without code names', () => {
    for (const [key, text] of Object.entries(HELP_TEXTS)) {
      const all = [text.title, text.purpose, ...text.steps, ...text.rules.flatMap((r) => [r.text, r.source])].join('');
      expect(all, key).not.toMatch(/[A-Z]{2,}_|Q[1-4]\b/);
      expect(all, key).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('has no text for a page that does not exist', () => {
    const keys = new Set([...community.map((p) => helpKey(p, false)), ...street.map((p) => helpKey(p, true))]);
    expect(Object.keys(HELP_TEXTS).filter((k) => !keys.has(k))).toEqual([]);
  });
});
