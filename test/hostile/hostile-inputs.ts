/** Hostile inputs shared by the Node tests and the Chromium engine spec: small-order X25519 points, a zip bomb. */
import { constants, createDeflateRaw } from 'node:zlib';

const P = 2n ** 255n - 19n;
const le = (n: bigint) => Uint8Array.from(Buffer.from(n.toString(16).padStart(64, '0'), 'hex')).reverse();

/**
 * The X25519 points of order 1, 2, 4 and 8 (libsodium's blocklist; RFC 7748 §6.1 says to check for
 * the all-zero secret they produce), little-endian, and each again with the unused top bit set,
 * which RFC 7748 §5 masks away.
 */
export const SMALL_ORDER_X25519: Uint8Array[] = [
  0n,
  1n,
  325606250916557431795983626356110631294008115727848805560023387167927233504n,
  39382357235489614581723060781553021112529911719440698176882885853963445705823n,
  P - 1n,
  P,
  P + 1n,
].flatMap((u) => {
  const plain = le(u);
  const high = Uint8Array.from(plain);
  high[31]! |= 0x80;
  return [plain, high];
});

/**
 * A raw-DEFLATE stream of `mebibytes` MiB of zeros, about a kilobyte per MiB, built without the
 * plaintext in memory: after the first mebibyte every further one compresses to the same bytes
 * (back-references at distance 1 after a full flush), so that block is repeated.
 */
export async function zerosBomb(mebibytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const block = Buffer.alloc(1 << 20);
  const flushed = () =>
    new Promise<Buffer>((resolve) => {
      const start = out.length;
      deflate.flush(constants.Z_FULL_FLUSH, () => resolve(Buffer.concat(out.splice(start))));
    });
  deflate.write(block);
  const first = await flushed();
  deflate.write(block);
  const repeated = await flushed();
  const ended = new Promise<void>((resolve) => deflate.on('end', resolve));
  deflate.end();
  await ended;
  return Buffer.concat([first, ...Array.from({ length: mebibytes - 1 }, () => repeated), Buffer.concat(out)]);
}
