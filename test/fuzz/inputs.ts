/**
 * What the fuzzer feeds the engine: random text, hostile JSON (deep nesting, huge numbers,
 * duplicate and `__proto__` members, lone surrogates, very long strings), tokens built from hostile
 * segments, and mutations of the valid tokens of corpus.ts (characters, segments, decoded bytes,
 * header members). Plain data, so fast-check can print and replay every case from its seed.
 */
import fc from 'fast-check';
import { JWE_ALGS, JWE_ENCS, JWS_ALGS } from '../../src/jose/index.ts';

const b64 = (text: string | Uint8Array) => Buffer.from(typeof text === 'string' ? new TextEncoder().encode(text) : text).toString('base64url');

const TOKEN_CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ {}[]":,\\\n\t', '\u00e9', '\ud800', '\udc00', '\u{1f600}', '\u0000', '\ufeff'];
const FRAGMENTS = ['.', 'eyJhbGciOiJIUzI1NiJ9', 'eyJhbGciOiJub25lIn0', 'e30', 'W10', '{', '}', '"payload":', '"protected":', '"ciphertext":', '"recipients":[', '"signatures":[', 'AA', 'AAAA', '=', ' ', 'Bearer ', '"', '\ud83d'];

/** Any text: arbitrary code units (lone surrogates included), token characters, token-like fragments. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), maxLength: 400 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 16 }).map((a) => a.join('')),
);

const deep = (n: number, open: string, close: string, inner = '1') => open.repeat(n) + inner + close.repeat(n);

/** Large hostile JSON (100 KB and more): rare, so a million inputs still run in minutes. */
const hugeJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(12_000, 100_000).map((n) => deep(n, '[', ']', '')),
  fc.constant(300_000).map((n) => `{"alg":"HS256","kid":"${'k'.repeat(n)}"}`),
);

/** JSON text (and near-JSON) that has hurt parsers: each a known shape, sized around the limits. */
export const hostileJson: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom(63, 64, 65, 1000).map((n) => deep(n, '[', ']', '')) },
  { weight: 40, arbitrary: fc.constantFrom(63, 64, 65, 3000).map((n) => deep(n, '{"a":', '}')) },
  { weight: 40, arbitrary: fc.constantFrom(63, 64, 65, 2000).map((n) => `{"alg":"HS256","x":${deep(n, '[', ']')}}`) },
  { weight: 40, arbitrary: fc.constantFrom('1e400', '-1e400', '9'.repeat(400), `0.${'0'.repeat(1000)}1`, '9007199254740993', '-0', '1E+2', '123456789012345678901234567890').map((n) => `{"alg":"HS256","exp":${n},"nbf":${n},"iat":${n},"p2c":${n}}`) },
  { weight: 40, arbitrary: fc.constantFrom('{"alg":"HS256","alg":"none"}', '{"a":1,"a":2,"a":3}', '{"exp":1,"exp":9999999999}', '{"alg":"RSA-OAEP","enc":"A128GCM","enc":"A256GCM"}') },
  { weight: 40, arbitrary: fc.constantFrom('{"__proto__":{"alg":"none"},"alg":"HS256"}', '{"constructor":{"prototype":{"x":1}}}', '{"toString":1,"valueOf":{},"hasOwnProperty":2}', '{"crit":["__proto__"],"__proto__":1,"alg":"HS256"}', '{"alg":"HS256","crit":["constructor"]}') },
  { weight: 40, arbitrary: fc.constantFrom('"\\ud800"', '"\ud800"', '"\udc00\ud800"', '"\\u0000"', '"\ufeff"').map((s) => `{"alg":"HS256","kid":${s},"sub":${s}}`) },
  { weight: 20, arbitrary: fc.constantFrom(5_000, 20_000).map((n) => `{"alg":"HS256","kid":"${'k'.repeat(n)}"}`) },
  { weight: 80, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 80, arbitrary: fc.string({ unit: fc.constantFrom(...'{}[]":,0123456789.eE-+ ntruefalsl\\u'), maxLength: 120 }) },
  { weight: 1, arbitrary: hugeJson },
);

/** Values a header member may be given by someone hostile. */
const memberValue = (name: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...memberCandidates(name)) },
    fc.constantFrom(null, true, 0, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER + 2, '', [], {}, ['b64'], [''], { toString: 1 }, '\ud800', 'k'.repeat(5000)),
    fc.jsonValue({ maxDepth: 2 }),
  );

function memberCandidates(name: string): unknown[] {
  switch (name) {
    case 'alg':
      return [...JWS_ALGS, ...JWE_ALGS, 'none', 'None', 'nOnE', 'HS256 ', 'RS1'];
    case 'enc':
      return [...JWE_ENCS, 'A128CBC', 'A512GCM'];
    case 'crit':
      return [['b64'], ['exp'], [], 'b64', ['b64', 'b64'], ['zip'], ['p2c']];
    case 'b64':
      return [false, true, 'false'];
    case 'zip':
      return ['DEF', 'GZIP', 'def'];
    case 'p2c':
      return [1, 999, 1000, 10_001, 2 ** 31 - 1, 1e21, '1000'];
    case 'p2s':
      return ['', 'AAAA', 'AAAAAAAAAAA', b64('salt-salt-salt')];
    case 'epk':
      return [{ kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' }, { kty: 'OKP', crv: 'X25519', x: b64(new Uint8Array(32)) }, { kty: 'OKP', crv: 'X25519', x: b64(new Uint8Array(32).fill(1)), d: 'AAAA' }, { kty: 'RSA' }];
    case 'iv':
    case 'tag':
      return ['', 'AAAA', b64(new Uint8Array(12)), b64(new Uint8Array(16))];
    case 'kid':
      return ['../../../../dev/null', "x' UNION SELECT '1';--", '<img src=x onerror=alert(1)>', 'kid-HS256'];
    case 'jku':
    case 'x5u':
      return ['http://127.0.0.1/keys', 'http://169.254.169.254/latest/meta-data/', 'javascript:alert(1)'];
    case 'jwk':
      return [{ kty: 'oct', k: 'AAAA' }, { kty: 'EC', crv: 'P-256', x: b64(new Uint8Array(32)), y: b64(new Uint8Array(32)) }];
    case 'cty':
      return ['JWT', 'jwt', 'application/jwt'];
    default:
      return ['x'];
  }
}

const HEADER_MEMBERS = ['alg', 'enc', 'crit', 'b64', 'zip', 'p2c', 'p2s', 'epk', 'iv', 'tag', 'kid', 'jku', 'x5u', 'jwk', 'cty', 'typ', 'x5c', 'apu', 'apv'];

/** A header as JSON text: chosen members with hostile values, sometimes a duplicate or __proto__ member appended. */
export const hostileHeader: fc.Arbitrary<string> = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...HEADER_MEMBERS), { maxLength: 6 }).chain((names) => fc.tuple(...names.map((n) => memberValue(n).map((v) => [n, v] as const)))), fc.constantFrom('', ',"alg":"none"', ',"__proto__":{"alg":"none"}', ',"alg":"HS256"'))
  .map(([members, extra]) => {
    const body = members.map(([n, v]) => `${JSON.stringify(n)}:${safeStringify(v)}`).join(',');
    return `{${body}${body ? extra : extra.slice(1)}}`;
  });

function safeStringify(v: unknown): string {
  return v && typeof v === 'object' && 'toString' in v && typeof (v as { toString: unknown }).toString !== 'function' ? '{"toString":1}' : JSON.stringify(v) ?? 'null';
}

/** One segment: base64url of hostile JSON, of random bytes, raw text, or a very long run. */
export const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: hostileJson.map(b64) },
  { weight: 40, arbitrary: hostileHeader.map(b64) },
  { weight: 40, arbitrary: fc.uint8Array({ maxLength: 300 }).map(b64) },
  { weight: 3, arbitrary: fc.constantFrom(5_000, 20_000).map((n) => 'A'.repeat(n)) },
  { weight: 30, arbitrary: fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), maxLength: 40 }) },
  { weight: 10, arbitrary: fc.constant('') },
);

/** A JWS or JWE JSON serialization with hostile members. */
const craftedJson: fc.Arbitrary<string> = fc
  .record(
    {
      payload: fc.oneof(segment, fc.jsonValue({ maxDepth: 2 })),
      protected: hostileHeader.map(b64),
      header: fc.oneof(hostileHeader.map((h) => JSON.parse(h) as unknown), fc.jsonValue({ maxDepth: 2 })),
      signature: segment,
      signatures: fc.array(fc.record({ protected: hostileHeader.map(b64), signature: segment }, { requiredKeys: [] }), { maxLength: 3 }),
      ciphertext: segment,
      iv: segment,
      tag: segment,
      aad: segment,
      encrypted_key: fc.oneof(fc.constant(''), segment),
      recipients: fc.array(fc.record({ encrypted_key: fc.oneof(fc.constant(''), segment), header: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }), { maxLength: 3 }),
      unprotected: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(o));

/** Tokens built from hostile parts: 1-6 compact segments, or a JSON serialization with hostile members. */
export const craftedToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 300, arbitrary: fc.tuple(hostileHeader.map(b64), fc.array(segment, { minLength: 1, maxLength: 5 })).map(([h, rest]) => [h, ...rest].join('.')) },
  { weight: 300, arbitrary: fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.')) },
  { weight: 300, arbitrary: craftedJson },
  // A very long segment (past the decoder's main-thread threshold and the 256 KiB token size): rare.
  { weight: 1, arbitrary: fc.tuple(hostileHeader.map(b64), fc.constantFrom(300_000, 1_000_000), fc.nat({ max: 2 })).map(([h, n, at]) => [h, 'e30', 'AAAA'].map((p, i) => (i === at ? 'A'.repeat(n) : p)).join('.')) },
);

export type Mutation =
  | { kind: 'char'; at: number; op: 'replace' | 'insert' | 'delete' | 'truncate'; ch: string }
  | { kind: 'segment'; at: number; op: 'swap' | 'duplicate' | 'drop' | 'replace'; other: number; value: string }
  | { kind: 'bitflip'; at: number; byte: number; bit: number }
  | { kind: 'member'; name: string; value: unknown; remove: boolean };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('char' as const), at: fc.nat(), op: fc.constantFrom('replace' as const, 'insert' as const, 'delete' as const, 'truncate' as const), ch: fc.constantFrom(...TOKEN_CHARS) }) },
  fc.record({ kind: fc.constant('segment' as const), at: fc.nat(), op: fc.constantFrom('swap' as const, 'duplicate' as const, 'drop' as const, 'replace' as const), other: fc.nat(), value: segment }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('bitflip' as const), at: fc.nat(), byte: fc.nat(), bit: fc.nat({ max: 7 }) }) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADER_MEMBERS).chain((name) => fc.record({ kind: fc.constant('member' as const), name: fc.constant(name), value: memberValue(name), remove: fc.boolean() })) },
);

/** A valid token of the corpus (by index) and the mutations to apply to it. */
export const mutatedSeed = fc.record({ seed: fc.nat(), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) });
