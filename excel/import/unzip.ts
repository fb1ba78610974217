// The entries of a zip file (an .xlsx is one), read from its central directory. Only what
// spreadsheet files use: stored or deflated entries, no encryption, no ZIP64.
import zlib from 'node:zlib';

/** A file that is not a zip we can read; the parse worker turns it into a message. */
export class BadZip extends Error {}

/** No entry of a spreadsheet is this large; a "zip bomb" stops here instead of filling memory. */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

export function readZip(bytes: Uint8Array): Map<string, () => Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KB.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new BadZip('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, () => Buffer>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw new BadZip('bad central directory');
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    entries.set(name, () => {
      if (flags & 1) throw new BadZip('encrypted');
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw new BadZip('bad local header');
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      if (start + compressed > buf.length) throw new BadZip('truncated');
      const data = buf.subarray(start, start + compressed);
      let out: Buffer;
      if (method === 0) out = data;
      // Output chunks of the size the directory states: one buffer instead of hundreds to join.
      else if (method === 8)
        out = zlib.inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES, chunkSize: Math.min(Math.max(size, 64 * 1024), MAX_ENTRY_BYTES) });
      else throw new BadZip(`compression method ${method}`);
      // A damaged file is refused, never read with a changed name or number in it.
      if (zlib.crc32(out) >>> 0 !== crc) throw new BadZip('checksum mismatch');
      return out;
    });
  }
  return entries;
}
