// Which 使用说明 (texts.ts) a page shows; apart from the texts so the frame's first bundle does not carry them.

/** The help key of a page: its route, except a street ledger's 首页 which is another page. */
export function helpKey(page: string, street: boolean): string {
  return street && page === 'home' ? 'street-home' : page;
}
