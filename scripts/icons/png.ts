/**
 * Just enough of the PNG format (ISO/IEC 15948) to check the installers' icons: every chunk's CRC,
 * the size from the IHDR chunk, and tEXt chunks, which the icon script uses to record the SVG each PNG was drawn from.
 * Hand-written because reading two chunk types is a few lines, and a PNG library would be a
 * dependency for that alone.
 */
import { crc32 } from 'node:zlib';

/** The tEXt keyword under which scripts/make-icons.ts records the SHA-256 of the SVG a PNG was drawn from. */
export const ICON_SOURCE_KEYWORD = 'Source-SVG-SHA256';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export type PngInfo = { width: number; height: number; hasAlpha: boolean; text: Record<string, string> };

type Chunk = { type: string; data: Buffer; end: number };

function* chunks(png: Buffer): Generator<Chunk> {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file (signature missing)');
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > png.length) throw new Error(`PNG chunk ${type} at byte ${at} runs past the end of the file`);
    if (crc32(png.subarray(at + 4, end - 4)) !== png.readUInt32BE(end - 4)) throw new Error(`PNG chunk ${type} at byte ${at} fails its CRC`);
    yield { type, data: png.subarray(at + 8, at + 8 + length), end };
    at = end;
  }
}

export function readPng(png: Buffer): PngInfo {
  const info: PngInfo = { width: 0, height: 0, hasAlpha: false, text: {} };
  for (const chunk of chunks(png)) {
    if (chunk.type === 'IHDR') {
      info.width = chunk.data.readUInt32BE(0);
      info.height = chunk.data.readUInt32BE(4);
      // Colour types 4 (grey + alpha) and 6 (RGBA) carry an alpha channel.
      info.hasAlpha = chunk.data[9] === 4 || chunk.data[9] === 6;
    } else if (chunk.type === 'tEXt') {
      const nul = chunk.data.indexOf(0);
      info.text[chunk.data.toString('latin1', 0, nul)] = chunk.data.toString('latin1', nul + 1);
    }
  }
  if (!info.width) throw new Error('PNG has no IHDR chunk');
  return info;
}

/** The PNG with a tEXt chunk (Latin-1 keyword and text) added right after its IHDR. */
export function withText(png: Buffer, keyword: string, text: string): Buffer {
  const ihdr = chunks(png).next().value;
  if (!ihdr || ihdr.type !== 'IHDR') throw new Error('PNG does not start with IHDR');
  const body = Buffer.concat([Buffer.from('tEXt', 'latin1'), Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]);
  const chunk = Buffer.alloc(body.length + 8);
  chunk.writeUInt32BE(body.length - 4, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), body.length + 4);
  return Buffer.concat([png.subarray(0, ihdr.end), chunk, png.subarray(ihdr.end)]);
}
