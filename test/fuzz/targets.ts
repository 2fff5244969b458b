/**
 * One fast-check property per fuzz target (the SD-JWT and profile ones in targets-sdjwt.ts). `npm test` runs each with a few hundred inputs
 * (fuzz.test.ts); `npm run fuzz` runs them with over a million in all (run.ts). Every property
 * goes through checks.ts: only JoseError, no call over 2 s, bounded output, and no mutated token
 * accepted that the reference library refuses.
 */
import fc from 'fast-check';
import { checkToken } from '../../src/features/decoder/logic/check.ts';
import { decodeView } from '../../src/features/decoder/logic/view.ts';
import {
  JWE_ALGS, JWS_ALGS, decrypt, deserializeCompact, deserializeJson, encrypt, exportJwk, exportPem, importKey, inspect,
  parseJson, sign, thumbprint, validateClaims, verify, type JoseKey, type JsonValue,
} from '../../src/jose/index.ts';
import { assertReferenceAgrees, boundedResult, call, FuzzFailure, referenceDecrypts, referenceVerifies } from './checks.ts';
import { corpus, type SeedToken } from './corpus.ts';
import { anyText, craftedToken, hostileHeader, hostileJson, mutatedSeed } from './inputs.ts';
import { applyMutations } from './mutate.ts';
import { SD_JWT_TARGETS } from './targets-sdjwt.ts';

export interface Target {
  name: string;
  /** Share of `npm run fuzz`'s inputs: cheap targets get more. */
  weight: number;
  property: () => Promise<fc.IAsyncPropertyWithHooks<[unknown]>>;
}

/** A token to test: random text, a crafted hostile token, or a mutated valid one (with its seed). */
type TokenCase = { text: string; seed?: SeedToken };

async function tokenCases(): Promise<fc.Arbitrary<TokenCase>> {
  const { tokens } = await corpus();
  return fc.oneof(
    { weight: 1, arbitrary: anyText.map((text) => ({ text })) },
    { weight: 2, arbitrary: craftedToken.map((text) => ({ text })) },
    { weight: 5, arbitrary: mutatedSeed.map(({ seed, mutations }) => ({ text: applyMutations(tokens[seed % tokens.length]!.token, mutations), seed: tokens[seed % tokens.length]! })) },
  );
}

const prop = <T>(arb: fc.Arbitrary<T>, body: (value: T) => Promise<void>) => fc.asyncProperty(arb, body) as unknown as fc.IAsyncPropertyWithHooks<[unknown]>;

const JSON_FROM_TEXT = (text: string): unknown => {
  try {
    return parseJson(text, { rejectDuplicates: false }).value;
  } catch {
    return undefined;
  }
};

async function verifyCase(c: TokenCase, key: JoseKey): Promise<void> {
  const out = await call('verify', c.text.length, () => verify(c.text, key, { algorithms: JWS_ALGS }));
  if (!out.ok) return;
  boundedResult('verify result', { ...out.value, key: undefined }, c.text.length);
  if (c.seed && c.text !== c.seed.token) await assertReferenceAgrees('verify', referenceVerifies(c.text, c.seed.reference, out.value.alg), c.text);
}

async function decryptCase(c: TokenCase, key: JoseKey): Promise<void> {
  const out = await call('decrypt', c.text.length, () => decrypt(c.text, key, { algorithms: JWE_ALGS, maxPbes2Count: 10_000 }));
  if (!out.ok) return;
  boundedResult('decrypt result', { ...out.value, key: undefined }, c.text.length);
  if (c.seed && c.text !== c.seed.token) {
    await assertReferenceAgrees('decrypt', referenceDecrypts(c.text, c.seed.reference, String(out.value.header.alg), String(out.value.header.enc)), c.text);
  }
}

export const TARGETS: Target[] = [
  {
    name: 'inspect',
    weight: 20,
    property: async () =>
      prop(await tokenCases(), async (c) => {
        const out = await call('inspect', c.text.length, () => inspect(c.text));
        if (!out.ok) throw new FuzzFailure(`inspect threw ${out.error.message}: it reports problems instead`);
        if (out.value.problems.some((p) => p.code === 'INTERNAL')) throw new FuzzFailure(`inspect stopped: ${out.value.problems.find((p) => p.code === 'INTERNAL')!.message}`);
        boundedResult('inspect result', { ...out.value, input: undefined, text: undefined }, c.text.length);
      }),
  },
  {
    name: 'decodeView',
    weight: 15,
    property: async () =>
      prop(await tokenCases(), async (c) => {
        const out = await call('decodeView', c.text.length, () => decodeView(c.text));
        if (!out.ok) throw new FuzzFailure('decodeView threw');
        const internal = out.value.problems.find((p) => p.code === 'INTERNAL');
        if (internal) throw new FuzzFailure(`decodeView stopped: ${internal.message}`);
        boundedResult('decoded view', out.value, c.text.length);
      }),
  },
  {
    name: 'deserialize',
    weight: 15,
    property: async () =>
      prop(await tokenCases(), async (c) => {
        await call('deserializeCompact', c.text.length, () => deserializeCompact(c.text));
        await call('deserializeJson(text)', c.text.length, () => deserializeJson(c.text));
        const parsed = JSON_FROM_TEXT(c.text);
        if (parsed !== undefined && typeof parsed === 'object' && parsed !== null) await call('deserializeJson(object)', c.text.length, () => deserializeJson(parsed));
      }),
  },
  {
    name: 'validateClaims',
    weight: 10,
    property: async () =>
      prop(fc.tuple(fc.oneof(hostileJson, hostileHeader, fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))), fc.record({ now: fc.oneof(fc.integer(), fc.double(), fc.date({ noInvalidDate: false })), clockTolerance: fc.double(), issuer: fc.oneof(fc.string(), fc.array(fc.string())), audience: fc.oneof(fc.string(), fc.array(fc.string())), maxLifetime: fc.double() }, { requiredKeys: [] })), async ([text, options]) => {
        const claims = JSON_FROM_TEXT(text);
        const out = await call('validateClaims', text.length, () => validateClaims(claims, options));
        if (out.ok) boundedResult('claim findings', out.value, text.length);
      }),
  },
  {
    name: 'importKey',
    weight: 12,
    property: async () => {
      const { keyTexts, jwks } = await corpus();
      const material = fc.oneof(
        fc.tuple(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...'AQZ09-_=+/ {}":,\n-----BEGIN')), { maxLength: 3 })).map(([i, edits]) => {
          let t = keyTexts[i % keyTexts.length]!;
          for (const [at, ch] of edits) t = t.slice(0, at % (t.length + 1)) + ch + t.slice((at % (t.length + 1)) + 1);
          return t as unknown;
        }),
        fc.tuple(fc.nat(), fc.constantFrom('kty', 'n', 'e', 'd', 'p', 'x', 'y', 'crv', 'k', 'use', 'key_ops', 'alg', 'kid', 'ext', 'x5c', 'oth'), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom({ toString: 1 }, 'A'.repeat(700_000), `w${'A'.repeat(2800)}`, '\ud800'))).map(([i, name, value]) => ({ ...jwks[i % jwks.length]!, [name]: value }) as unknown),
        anyText,
        hostileJson,
        fc.uint8Array({ maxLength: 600 }),
      );
      return prop(fc.tuple(material, fc.constantFrom('utf8', 'base64', 'base64url', 'hex') as fc.Arbitrary<'utf8'>, fc.boolean()), async ([m, encoding, privately]) => {
        const size = typeof m === 'string' ? m.length : m instanceof Uint8Array ? m.length : JSON.stringify(m)?.length ?? 1;
        const out = await call('importKey', size, () => importKey(m, { encoding }));
        if (!out.ok) return;
        const keys = out.value.type === 'set' ? out.value.keys : [out.value];
        for (const key of keys.slice(0, 3)) {
          await call('exportJwk', size, () => exportJwk(key, { private: privately }));
          await call('exportPem', size, () => exportPem(key, { public: !privately }));
          await call('thumbprint', size, () => thumbprint(key));
        }
      });
    },
  },
  {
    name: 'verify',
    weight: 12,
    property: async () => {
      const { tokens } = await corpus();
      const jws = tokens.filter((t) => t.kind === 'JWS');
      return prop(fc.tuple(await tokenCases(), fc.nat()), async ([c, k]) => verifyCase(c, (c.seed?.kind === 'JWS' ? c.seed : jws[k % jws.length]!).key));
    },
  },
  {
    name: 'decrypt',
    weight: 8,
    property: async () => {
      const { tokens } = await corpus();
      const jwe = tokens.filter((t) => t.kind === 'JWE');
      return prop(fc.tuple(await tokenCases(), fc.nat()), async ([c, k]) => decryptCase(c, (c.seed?.kind === 'JWE' ? c.seed : jwe[k % jwe.length]!).key));
    },
  },
  {
    name: 'check',
    weight: 4,
    property: async () => {
      const { tokens } = await corpus();
      return prop(fc.tuple(await tokenCases(), fc.nat(), fc.constantFrom('utf8', 'base64url', 'hex') as fc.Arbitrary<'utf8'>), async ([c, k, encoding]) => {
        const owner = c.seed ?? tokens[k % tokens.length]!;
        const kind = inspect(c.text).kind === 'JWE' ? 'JWE' : 'JWS';
        const header = JSON_FROM_TEXT(Buffer.from(c.text.split('.')[0] ?? '', 'base64url').toString('utf8'));
        const request = { token: c.text, kind, keyText: owner.keyText, encoding: c.seed ? owner.encoding : encoding, maxPbes2Count: 10_000, ...(header && typeof header === 'object' && !Array.isArray(header) ? { header: header as Record<string, JsonValue> } : {}) } as const;
        const out = await call('checkToken', c.text.length, () => checkToken(request));
        if (!out.ok) throw new FuzzFailure('checkToken threw');
        boundedResult('check outcome', out.value, c.text.length + owner.keyText.length);
      });
    },
  },
  {
    name: 'signHeaders',
    weight: 4,
    property: async () => {
      const { tokens } = await corpus();
      const hs = tokens.find((t) => t.label === 'HS256 compact')!.key;
      const aes = tokens.find((t) => t.label.startsWith('A128KW'))!.key;
      const header = fc.oneof(hostileHeader.map((h) => JSON.parse(h) as unknown), fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withMap: true }), fc.constantFrom(null, 'x', 1, [], (() => { let o: unknown = 1; for (let i = 0; i < 20_000; i++) o = { a: o }; return o; })()));
      return prop(fc.tuple(header, fc.boolean()), async ([h, jws]) => {
        if (jws) {
          const out = await call('sign', 1000, () => sign({ sub: 'x' }, hs, { alg: 'HS256', header: h as never }), true);
          if (!out.ok) return;
          // sign writes only headers verify reads back: a token it makes must verify.
          const back = await call('verify (of what sign made)', 1000, () => verify(out.value, hs));
          if (!back.ok) throw new FuzzFailure(`sign made a token that verify refuses: ${back.error.message}`);
        } else {
          await call('encrypt', 1000, () => encrypt('x', aes, { alg: 'A128KW', enc: 'A128CBC-HS256', header: h as never }), true);
        }
      });
    },
  },
  // SD-JWT and the profile checks (targets-sdjwt.ts).
  ...SD_JWT_TARGETS,
];
