import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { base64urlDecode, base64urlEncode, base64Decode, base64Encode } from './base64url.ts';
import { JoseError } from './errors.ts';
import { utf8Decode } from './bytes.ts';
import { parseJson } from './json.ts';

// The HS256 token of the first seed document (a Python JOSE library's README).
const SEED_TOKEN =
  'eyJhbGciOiAiSFMyNTYifQ.eyJpc3MiOiAiaHR0cDovL3d3dy5leGFtcGxlLmNvbSIsICJzdWIiOiA0MiwgImV4cCI6IDEzOTU2NzQ0Mjd9.WYApAiwiKd-eDClA1fg7XFrnfHzUTgrmdRQY4M19Vr8';

function decodeError(text: string, offset = 0): JoseError {
  try {
    base64urlDecode(text, { segment: 'signature', offset });
  } catch (error) {
    if (error instanceof JoseError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe('compact token split', () => {
  it('splits the seed token at its dots and decodes the header and payload as JSON', () => {
    const [header, payload, signature] = SEED_TOKEN.split('.');
    expect(parseJson(utf8Decode(base64urlDecode(header!))).value).toEqual({ alg: 'HS256' });
    expect(utf8Decode(base64urlDecode(payload!))).toBe('{"iss": "http://www.example.com", "sub": 42, "exp": 1395674427}');
    expect(base64urlDecode(signature!)).toHaveLength(32);
  });
});

describe('base64url', () => {
  it('round-trips every length from 0 to 64 bytes', () => {
    for (let n = 0; n <= 64; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const text = base64urlEncode(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(base64urlDecode(text, { allowEmpty: true })).toEqual(bytes);
    }
  });

  it('agrees with node:buffer on any bytes of up to 300 (the JS loop), both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = base64urlEncode(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(base64urlDecode(text, { allowEmpty: true })).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('names padding, the standard alphabet and whitespace with their offset', () => {
    expect(decodeError('YQ==', 10)).toMatchObject({ code: 'ERR_BASE64URL', segment: 'signature', offset: 12 });
    expect(decodeError('YQ==').message).toContain('padding');
    expect(decodeError('a+b/').message).toContain('standard base64 alphabet');
    expect(decodeError('ab cd').message).toContain('whitespace');
    expect(decodeError('ab cd').offset).toBe(2);
  });

  it('rejects 4n+1 lengths and non-zero unused bits', () => {
    expect(decodeError('abcde').message).toContain('4n+1');
    // "YR" decodes to "a" but its unused bits are set; the canonical form is "YQ".
    expect(decodeError('YR').message).toContain('unused trailing bits');
    expect(base64urlDecode('YQ')).toEqual(new Uint8Array([0x61]));
  });

  it('rejects an empty required segment', () => {
    expect(decodeError('').message).toContain('empty');
  });

  it('reads and writes standard base64 with padding', () => {
    expect(base64Encode(new Uint8Array([0xfb, 0xff]))).toBe('+/8=');
    expect(base64Decode('+/8=')).toEqual(new Uint8Array([0xfb, 0xff]));
  });
});

describe('base64url: every path agrees', () => {
  // RFC 4648 §10, in the URL-safe alphabet without padding.
  const RFC4648: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];

  it('the JS loop and Node\'s Buffer (used from 1024 characters up) give the same text and bytes, on both sides of the hand-over', async () => {
    vi.resetModules();
    const withBuffer = await import('./base64url.ts');
    vi.resetModules();
    vi.stubGlobal('Buffer', undefined);
    let jsOnly: typeof withBuffer;
    try {
      jsOnly = await import('./base64url.ts');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(jsOnly).not.toBe(withBuffer);
    for (const [plain, encoded] of RFC4648) {
      for (const m of [withBuffer, jsOnly]) {
        expect(m.base64urlEncode(new TextEncoder().encode(plain))).toBe(encoded);
        expect(new TextDecoder().decode(m.base64urlDecode(encoded, { allowEmpty: true }))).toBe(plain);
      }
    }
    for (const length of [766, 767, 768, 769, 770, 1023, 1024, 1025, 100_000, 1_000_003]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + (i >> 8) * 7 + length) & 255);
      const same = (a: Uint8Array) => a.length === length && Buffer.compare(a, bytes) === 0;
      const text = jsOnly.base64urlEncode(bytes);
      expect(withBuffer.base64urlEncode(bytes) === text, `encode ${length}`).toBe(true);
      expect(same(withBuffer.base64urlDecode(text)), `Buffer decode ${length}`).toBe(true);
      expect(same(jsOnly.base64urlDecode(text)), `JS decode ${length}`).toBe(true);
      const into = new Uint8Array(length + 2).subarray(1, length + 1);
      withBuffer.base64urlDecodeChecked(text, into);
      expect(same(into), `decode into a view ${length}`).toBe(true);
    }
  });
});
