import { concatBytes, toBytes, type Bytes } from '../lib/bytes.ts';
import { JoseError } from '../lib/errors.ts';

/**
 * zip "DEF" (RFC 7516 §4.1.3): raw DEFLATE (RFC 1951) of the plaintext before encryption. Inflate
 * runs as a stream and stops as soon as the output passes the cap, so a few kilobytes of hostile
 * deflate never become gigabytes in memory.
 */

function stream(kind: 'compress' | 'decompress'): CompressionStream | DecompressionStream {
  try {
    return kind === 'compress' ? new CompressionStream('deflate-raw') : new DecompressionStream('deflate-raw');
  } catch (cause) {
    throw new JoseError('ERR_RUNTIME_UNSUPPORTED', 'This runtime has no raw DEFLATE ("deflate-raw") stream, which zip "DEF" needs', { cause });
  }
}

async function readAll(readable: ReadableStream<Uint8Array>, cap: number): Promise<Bytes[]> {
  const reader = readable.getReader();
  const chunks: Bytes[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    total += value.length;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      throw new JoseError(
        'ERR_LIMIT_EXCEEDED',
        `The zip "DEF" plaintext inflates to more than ${cap} bytes, the limit (option maxDecompressedBytes); raise it only for a token you trust`,
        { segment: 'ciphertext', step: 'inflate', details: { limit: cap, option: 'maxDecompressedBytes' } },
      );
    }
    chunks.push(toBytes(value));
  }
}

export async function deflateRaw(data: Bytes): Promise<Bytes> {
  const cs = stream('compress');
  const writer = cs.writable.getWriter();
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  return concatBytes(...(await readAll(cs.readable, Number.POSITIVE_INFINITY)));
}

/** Inflates raw DEFLATE, failing with ERR_LIMIT_EXCEEDED past `cap` bytes and ERR_DECRYPTION_FAILED on bad data. */
export async function inflateRaw(data: Bytes, cap: number): Promise<Bytes> {
  const ds = stream('decompress');
  const writer = ds.writable.getWriter();
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  try {
    return concatBytes(...(await readAll(ds.readable, cap)));
  } catch (cause) {
    if (cause instanceof JoseError) throw cause;
    throw new JoseError('ERR_DECRYPTION_FAILED', `The plaintext is not valid raw DEFLATE data, although the header says zip "DEF": ${(cause as Error).message}`, {
      segment: 'ciphertext',
      step: 'inflate',
      cause,
    });
  }
}
