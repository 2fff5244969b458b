import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { decrypt } from '../../src/jose/jwe/decrypt.ts';
import { encrypt } from '../../src/jose/jwe/encrypt.ts';
import { JoseError } from '../../src/jose/lib/errors.ts';
import { JWE_ALGS, type JweAlg, type JweEnc } from '../../src/jose/lib/registry.ts';
import { serializeCompact } from '../../src/jose/serialize/compact.ts';
import { serializeJson } from '../../src/jose/serialize/json.ts';
import { fixture, type Fixture } from './fixtures.ts';

/** decrypt on mutated valid tokens: it may succeed (a no-op mutation) or throw, but only a JoseError. */
const ALL = { algorithms: [...JWE_ALGS], maxPbes2Count: 2000 };
const CASES: [JweAlg, JweEnc][] = [
  ['dir', 'A128GCM'],
  ['A128KW', 'A128CBC-HS256'],
  ['ECDH-ES+A256KW', 'A192GCM'],
  ['RSA-OAEP-256', 'A256CBC-HS512'],
  ['RSA1_5', 'A128GCM'],
  ['PBES2-HS256+A128KW', 'A192CBC-HS384'],
  ['A256GCMKW', 'A256GCM'],
];
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.={}"[]:, \u00e9';

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), ch: fc.constantFrom(...ALPHABET) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), ch: fc.constantFrom(...ALPHABET) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), ch: fc.constant('') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), ch: fc.constant('') }),
);

function mutate(text: string, m: { kind: string; at: number; ch: string }): string {
  const at = text.length ? m.at % text.length : 0;
  if (m.kind === 'replace') return text.slice(0, at) + m.ch + text.slice(at + 1);
  if (m.kind === 'insert') return text.slice(0, at) + m.ch + text.slice(at);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at);
}

describe('fast-check: decrypt throws only JoseError on mutated tokens', () => {
  const fixtures = new Map<string, { f: Fixture; compact: string; json: string }>();
  beforeAll(async () => {
    for (const [alg, enc] of CASES) {
      const f = await fixture(alg, enc);
      const jwe = await encrypt({ sub: 'prop' }, f.encryptKey, { alg, enc, ...(alg.startsWith('PBES2') ? { p2c: 1000 } : {}), ...(alg === 'A128KW' ? { zip: 'DEF' as const } : {}) });
      fixtures.set(alg, { f, compact: serializeCompact(jwe), json: serializeJson(jwe, { flattened: true }) });
    }
  });
  for (const [alg] of CASES) {
    test(`${alg}: compact and JSON mutations`, async () => {
      const { f, compact, json } = fixtures.get(alg)!;
      await fc.assert(
        fc.asyncProperty(fc.boolean(), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (useJson, mutations) => {
          const token = mutations.reduce(mutate, useJson ? json : compact);
          try {
            const out = await decrypt(token, f.decryptKey, ALL);
            expect(out.claims).toEqual({ sub: 'prop' });
          } catch (error) {
            if (!(error instanceof JoseError)) throw error;
          }
        }),
        { numRuns: alg.startsWith('RSA') ? 60 : 150 },
      );
    });
  }
});
