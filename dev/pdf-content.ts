/**
 * What a PDF draws, for comparing two prints of a page: its streams,
 * inflated, without the creation and modification dates (the only parts that
 * differ between two prints of the same page, in both browsers).
 */
import { inflateSync } from 'node:zlib';

export function pdfContent(pdf: Uint8Array): string {
  const data = Buffer.from(pdf);
  const parts: string[] = [];
  let at = data.indexOf('stream');
  while (at >= 0) {
    const start = data[at + 6] === 0x0d ? at + 8 : at + 7;
    const end = data.indexOf('endstream', start);
    if (end < 0) break;
    const raw = data.subarray(start, end);
    try {
      parts.push(inflateSync(raw).toString('latin1'));
    } catch {
      parts.push(raw.toString('latin1'));
    }
    at = data.indexOf('stream', end + 9);
  }
  return parts
    .join('\n')
    .replace(/\/(CreationDate|ModDate) ?\([^)]*\)/g, '')
    .replace(/<xmp:(Create|Modify|MetadataDate)[^]*?<\/xmp:\w+>/g, '');
}
