// Just enough XML for the parts of an .xlsx the import reads: attributes, text with its
// entities, and the text of <t> runs. Tag names may carry a namespace prefix ("x:c"), as
// files written by .NET tools do.

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** An element's attributes by name, without namespace prefix ("r:id" → "id" unless "id" is also there). */
export function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) {
    const value = decodeXml(m[2] ?? m[3]);
    const colon = m[1].indexOf(':');
    if (colon < 0) out[m[1]] = value;
    else out[`:${m[1].slice(colon + 1)}`] = value; // prefixed: "r:id" → ":id"
  }
  return out;
}

/** `<name …>inner</name>` and `<name …/>` elements, prefix or not: [attributes, inner]. */
export function elements(xml: string, name: string): IterableIterator<RegExpMatchArray> {
  return xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/(?:\\w+:)?${name}>)`, 'g'));
}

const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const RUN = /<(?:\w+:)?t\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;

/** The text of a string item: its <t> runs joined, phonetic guides (<rPh>) left out. */
export function runText(inner: string): string {
  // One shared regex, reset, for each of a roster's 10,000+ strings (elements() builds its own).
  const runs = inner.includes('rPh') ? inner.replace(PHONETIC, '') : inner;
  let text = '';
  RUN.lastIndex = 0;
  for (let t = RUN.exec(runs); t !== null; t = RUN.exec(runs)) text += decodeXml(t[2] ?? '');
  return text;
}
