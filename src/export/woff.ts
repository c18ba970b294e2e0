import { inflateSync } from 'node:zlib';

/**
 * A WOFF 1.0 font as the plain OpenType file it wraps (W3C WOFF 1.0, section 5): each table zlib-compressed,
 * or stored as is when that is no smaller. resvg reads OpenType but not WOFF; the site's fonts ship as WOFF.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20;
    const [offset, compressed, length, checksum] = [4, 8, 12, 16].map((at) => woff.readUInt32BE(entry + at)) as [number, number, number, number];
    const stored = woff.subarray(offset, offset + compressed);
    return { tag: woff.subarray(entry, entry + 4), checksum, data: compressed < length ? inflateSync(stored) : stored };
  });

  const pad = (n: number) => (n + 3) & ~3;
  const headerLength = 12 + 16 * count;
  const out = Buffer.alloc(headerLength + tables.reduce((sum, t) => sum + pad(t.data.length), 0));
  const power = 2 ** Math.floor(Math.log2(count));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(count * 16 - power * 16, 10);
  let cursor = headerLength;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    table.tag.copy(out, record);
    out.writeUInt32BE(table.checksum, record + 4);
    out.writeUInt32BE(cursor, record + 8);
    out.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(out, cursor);
    cursor += pad(table.data.length);
  });
  return out;
}
