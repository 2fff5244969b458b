import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlEncode } from '../lib/base64url.ts';
import { utf8Encode } from '../lib/bytes.ts';
import { verify } from '../jws/verify.ts';
import { importKey } from '../jwk/import.ts';
import { closeGaps, findGaps, GapMap } from './gaps.ts';
import { inspect } from './inspect.ts';
import { locate } from './locate.ts';

const seeds = JSON.parse(readFileSync(new URL('../../../test/vectors/seeds.json', import.meta.url), 'utf8'));
const b64 = (s: string) => base64urlEncode(utf8Encode(s));
const TOKEN = seeds.hs256_password.token as string;

/** Inserts `what` before each listed index of `text` (indexes into the original text). */
function breakAt(text: string, at: number[], what: string[]): string {
  const order = at.map((a, i) => [a, what[i % what.length]!] as const).sort((x, y) => x[0] - y[0]);
  let out = '';
  let from = 0;
  for (const [a, w] of order) {
    out += text.slice(from, a) + w;
    from = a;
  }
  return out + text.slice(from);
}

describe('GapMap', () => {
  it('maps closed offsets to input offsets, ranges from first to last character', () => {
    //            0123456789
    const input = 'ab \ncd  ef';
    const gaps = findGaps(input, 0, input.length);
    expect(gaps).toEqual([{ start: 2, end: 4 }, { start: 6, end: 8 }]);
    expect(closeGaps(input, 0, input.length, gaps)).toBe('abcdef');
    const map = new GapMap(gaps);
    expect([0, 1, 2, 3, 4, 5].map((x) => map.toInput(x))).toEqual([0, 1, 4, 5, 8, 9]);
    // "bc" spans the first gap; its end is just after "c", not after the following gap.
    expect(map.rangeToInput(1, 3)).toEqual({ start: 1, end: 5 });
    expect(map.rangeToInput(0, 2)).toEqual({ start: 0, end: 2 });
    expect(map.rangeToInput(3, 3)).toEqual({ start: 5, end: 5 });
    expect(map.within({ start: 0, end: 5 })).toEqual([{ start: 2, end: 4 }]);
  });
});

describe('inspect: a token broken across lines or with spaces inside', () => {
  it('reads the token as if whole, with a notice per removed run and offsets in the pasted text', () => {
    // Breaks inside segments and on both sides of each dot.
    const dots = [TOKEN.indexOf('.'), TOKEN.lastIndexOf('.')];
    const at = [10, dots[0]!, dots[0]! + 1, 80, dots[1]!, dots[1]! + 1, TOKEN.length - 5];
    const input = `Bearer ${breakAt(TOKEN, at, ['\n', '\r\n', '  ', '\t', '\u00a0'])}\n`;
    const r = inspect(input, { now: 1_400_000_000 });
    const whole = inspect(TOKEN, { now: 1_400_000_000 });
    expect(r.kind).toBe('JWS');
    expect(r.problems).toEqual([]);
    expect(r.text).toBe(TOKEN);
    expect(r.claims).toEqual(whole.claims);
    expect(r.jws).toEqual(whole.jws);
    const inner = r.notices.filter((n) => n.code === 'TRIMMED_INNER_WHITESPACE');
    expect(inner).toHaveLength(7);
    for (const n of inner) expect(input.slice(n.start, n.end)).toMatch(/^\s+$/);
    expect(r.notices.map((n) => n.start)).toEqual([...r.notices.map((n) => n.start)].sort((a, b) => a - b));
    for (const s of r.segments) {
      // A segment starts and ends on token characters and, without its gaps, is its raw text.
      expect(input.slice(s.start, s.end).replace(/\s+/g, '')).toBe(s.raw);
      expect(input[s.start]).toMatch(/\S/);
      expect(input[s.end - 1]).toMatch(/\S/);
    }
    // Findings point at the member in the pasted text.
    const sub = r.findings.find((f) => f.code === 'CLAIM_TYPE')!;
    expect(locate(r, sub.offset!)?.member?.path).toEqual(['sub']);
  });

  it('every character of the pasted text maps to the same bytes and member as in the whole token', () => {
    const token = `${b64(JSON.stringify({ alg: 'HS256', kid: 'é-key', typ: 'JWT' }))}.${b64(JSON.stringify({ sub: 'x', n: [1, 2, { deep: true }] }))}.c2lnbmF0dXJl`;
    const whole = inspect(token);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: token.length - 1 }), { maxLength: 12 }), fc.constantFrom(' ', '\n', '\r\n', '\t \t'), (at, ws) => {
        const input = breakAt(token, at, [ws]);
        const r = inspect(input);
        expect(r.problems).toEqual([]);
        let closed = 0;
        for (let i = 0; i < input.length; i++) {
          const loc = locate(r, i);
          if (/\s/.test(input[i]!)) {
            expect(loc?.bytes).toBeUndefined();
            continue;
          }
          const want = locate(whole, closed);
          expect(loc?.segment.label).toBe(want?.segment.label);
          expect(loc?.bytes).toEqual(want?.bytes);
          expect(loc?.member?.path).toEqual(want?.member?.path);
          closed++;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a problem after a line break points at the bad character as pasted', () => {
    // Not "~": it separates an SD-JWT's parts (RFC 9901), so it is no base64url error.
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: TOKEN.length - 1 }), { maxLength: 8 }), fc.constantFrom('+', '!', '*', '$'), (at, badChar) => {
        const bad = `${TOKEN.slice(0, 50)}${badChar}${TOKEN.slice(51)}`;
        const input = breakAt(bad, at, ['\n']);
        const r = inspect(input);
        const p = r.problems.find((x) => x.code === 'BASE64URL')!;
        expect(input[p.offset]).toBe(badChar);
        expect(p.length).toBe(1);
      }),
      { numRuns: 60 },
    );
  });

  it('verify still refuses the token with whitespace: only the text inspect read verifies', async () => {
    const input = breakAt(TOKEN, [20, 60], ['\n']);
    const key = await importKey('password');
    await expect(verify(input, key)).rejects.toMatchObject({ code: 'ERR_BASE64URL' });
    const r = inspect(input);
    await expect(verify(r.text, key, { now: 1_300_000_000 })).resolves.toMatchObject({ alg: 'HS256' });
  });

  it("inspect's result of a broken token verifies as it is, and its error points at the character as pasted", async () => {
    const key = await importKey('password');
    const r = inspect(breakAt(TOKEN, [20, TOKEN.indexOf('.'), 60, TOKEN.lastIndexOf('.') + 1], ['\n', '\r\n']));
    expect(r.notices.length).toBeGreaterThan(0);
    await expect(verify(r, key, { now: 1_300_000_000 })).resolves.toMatchObject({ alg: 'HS256', claims: inspect(TOKEN).claims });
    const bad = breakAt(`${TOKEN.slice(0, 50)}!${TOKEN.slice(51)}`, [10, 30], ['\n']);
    const error = await verify(inspect(bad), key).then(() => undefined, (e: unknown) => e as { code: string; offset: number });
    expect(error?.code).toBe('ERR_BASE64URL');
    expect(bad[error!.offset]).toBe('!');
  });

  it('leaves alone a sentence, a JSON serialization and the spaces of an unencoded (b64: false) payload', () => {
    expect(inspect('not a token at all').notices).toEqual([]);
    expect(inspect('Hello. How are you?').notices).toEqual([]);
    const json = `{\n  "payload": "${b64('{}')}",\n  "protected": "${b64('{"alg":"HS256"}')}",\n  "signature": "c2ln"\n}`;
    const j = inspect(json);
    expect([j.kind, j.problems, j.notices]).toEqual(['JWS', [], []]);
    const unencoded = `${b64('{"alg":"HS256","b64":false,"crit":["b64"]}')}.$ 02.c2ln`;
    const u = inspect(unencoded);
    expect(u.notices).toEqual([]);
    expect(u.payload?.text).toBe('$ 02');
  });

  it('a JWE broken across lines keeps its five segments and sizes', () => {
    const jwe = seeds.rsa_oaep_jwe.token as string;
    const r = inspect(breakAt(jwe, [40, 300, 400], ['\n']));
    expect([r.kind, r.problems.length, r.text]).toEqual(['JWE', 0, jwe]);
    expect(r.encrypted).toEqual(inspect(jwe).encrypted);
  });
});
