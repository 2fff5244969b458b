/**
 * The engine's messages in Spanish, checked two ways. Completeness: every code of FINDING_CODES, and
 * every member of the JoseErrorCode and ProblemCode unions (read from the engine's source, so a new
 * code without Spanish fails here by name), has a Spanish message. Precision: the engine runs on real
 * tokens — the adversarial vectors with their keys, the seed tokens, tokens made here with real keys —
 * and every finding, reading problem and error it reports reads in Spanish, with every value the
 * English message interpolates (its params) in the Spanish sentence.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FINDING_CODES, JWE_ALGS, JWE_ENCS, JWS_ALGS, createTrace, decrypt, generateKey, importKey, inspect, isJoseError, serializeCompact, sign, verify, encrypt,
  type Finding, type JoseError, type JoseKey,
} from '../../../jose/index.ts';
import { ERRORS_ES, FINDINGS_ES, NOTICES_ES, PROBLEMS_ES } from './engine-messages.es.ts';
import { errorMessage, findingMessage, loadEngineMessages, noticeMessage, problemMessage } from './engine-messages.ts';

const source = (path: string) => readFileSync(new URL(`../../../jose/${path}`, import.meta.url), 'utf8');
const vectors = (path: string) => JSON.parse(readFileSync(new URL(`../../../../test/vectors/${path}`, import.meta.url), 'utf8'));

/** The string members of a TypeScript union type, read from its declaration. */
function unionMembers(text: string, name: string): string[] {
  const at = text.indexOf(`export type ${name} =`);
  expect(at, name).toBeGreaterThanOrEqual(0);
  const body = text.slice(at, text.indexOf(';', at));
  return [...body.matchAll(/\|\s*'([A-Z0-9_]+)'/g)].map((m) => m[1]!);
}

/** Thousands separators differ by language (10,000 / 10.000): compare numbers by their digits. */
const digits = (s: string) => s.replace(/(\d)[.,\u00a0\u202f ](?=\d{3}\b)/g, '$1');

/** Params that choose a wording rather than appear in it (a kind, a type, a switch). */
const SWITCHES = new Set(['kind', 'type', 'start', 'finding', 'error', 'looksLike', 'encoding', 'operation', 'keys', 'reason', 'keyType']);

function expectSpanishWithParams(code: string, english: string, spanish: string, params: Finding['params']): void {
  expect(spanish, `${code}: still English`).not.toBe(english);
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'boolean' || SWITCHES.has(name)) continue;
    // The params a message carries for context (the alg of a "use" mismatch) need not be in either wording.
    if (!digits(english).includes(digits(String(value)))) continue;
    if (typeof value === 'number' && ['ago', 'in', 'lifetime', 'index'].includes(name)) continue; // durations are worded; an index may be 0-based
    expect(digits(spanish), `${code}: the Spanish message lacks ${name} = ${String(value)}\n${spanish}`).toContain(digits(String(value)));
  }
}

interface Vector { id: string; category: string; input: string; verify_with: string | null }

describe('every engine code has a Spanish message', () => {
  it('every finding code (FINDING_CODES)', () => {
    expect(FINDING_CODES.filter((c) => typeof FINDINGS_ES[c] !== 'function')).toEqual([]);
    expect(Object.keys(FINDINGS_ES).sort()).toEqual([...FINDING_CODES].sort());
  });

  it('every JoseErrorCode and ProblemCode, read from the engine source', () => {
    const errors = unionMembers(source('lib/errors.ts'), 'JoseErrorCode');
    const problems = unionMembers(source('serialize/types.ts'), 'ProblemCode');
    expect(errors.length).toBeGreaterThan(40);
    expect(problems.length).toBeGreaterThan(10);
    expect(Object.keys(ERRORS_ES).sort()).toEqual([...errors].sort());
    expect(Object.keys(PROBLEMS_ES).sort()).toEqual([...problems].sort());
  });

  it('every notice inspect() writes (trim.ts, gaps.ts), read from the engine source', () => {
    const written = [...(source('inspect/trim.ts') + source('inspect/gaps.ts')).matchAll(/'(Removed [^']+)'/g)].map((m) => m[1]!);
    expect(written.length).toBeGreaterThanOrEqual(7);
    expect(written.filter((m) => !NOTICES_ES[m])).toEqual([]);
  });

  it('every Spanish message function gives a sentence even without params', () => {
    for (const f of [...Object.values(FINDINGS_ES), ...Object.values(ERRORS_ES), ...Object.values(PROBLEMS_ES)]) expect(f({}).trim().length).toBeGreaterThan(5);
  });
});

describe('real engine findings, problems and errors read in Spanish with their values', { timeout: 120_000 }, () => {
  beforeAll(() => loadEngineMessages('es'));
  const seen = new Set<string>();

  function checkFindings(findings: readonly Finding[]): void {
    for (const f of findings) {
      seen.add(f.code);
      expectSpanishWithParams(f.code, f.message, findingMessage(f, 'es'), f.params);
    }
  }

  function checkError(error: unknown): JoseError {
    if (!isJoseError(error)) throw error;
    seen.add(error.code);
    const spanish = errorMessage(error, 'es');
    expectSpanishWithParams(error.code, error.message, spanish, error.params);
    if (error.segment === 'signature') expect(spanish).toContain('(en la firma');
    return error;
  }

  it('the adversarial vectors: inspected, then verified or decrypted with the key they name', async () => {
    const list = vectors('adversarial/adversarial_vectors.json') as Vector[];
    const keys = vectors('adversarial/adversarial_keys.json') as Record<string, object>;
    for (const v of list) {
      const r = inspect(v.input);
      checkFindings(r.findings);
      for (const p of r.problems) {
        seen.add(p.code);
        expect(problemMessage(p, 'es'), `${v.id} ${p.code}`).not.toBe(p.message);
      }
      if (!v.verify_with || !keys[v.verify_with]) continue;
      const key = (await importKey(keys[v.verify_with]!)) as JoseKey;
      try {
        const out = r.kind === 'JWE' ? await decrypt(v.input, key, { algorithms: JWE_ALGS, encryptions: JWE_ENCS }) : await verify(v.input, key, { algorithms: JWS_ALGS });
        checkFindings(out.findings);
      } catch (error) {
        checkError(error);
      }
    }
    expect(seen.size).toBeGreaterThan(25);
  });

  it('tokens made with real keys: expired, weak secret, wrong key, tampered tag, high p2c', async () => {
    const now = Math.floor(Date.now() / 1000);
    // A 16-byte secret: HS256 needs 32 (WEAK_HMAC_SECRET); the token expired 2 hours ago (CLAIM_EXPIRED).
    const weak = (await importKey('sixteen-byte-key', { encoding: 'utf8' })) as JoseKey;
    const hs = serializeCompact(await sign({ sub: 'ana', exp: now - 7200, iat: now - 10_000 }, weak, { alg: 'HS256' }));
    checkFindings(inspect(hs).findings);
    const out = await verify(hs, weak, { algorithms: ['HS256'] });
    checkFindings(out.findings);
    const expired = out.findings.find((f) => f.code === 'CLAIM_EXPIRED');
    expect(expired && findingMessage(expired, 'es')).toMatch(/^Caducó hace 2 horas, el \d{4}-\d\d-\d\d/);
    const weakFinding = out.findings.find((f) => f.code === 'WEAK_HMAC_SECRET');
    expect(weakFinding && findingMessage(weakFinding, 'es')).toBe('El secreto tiene 16 bytes; HS256 necesita al menos 32 bytes (el tamaño del hash) para ser seguro');

    const other = await generateKey('HS256');
    if (other.kind !== 'secret') throw new Error('HS256 makes a secret');
    const bad = await verify(hs, other.secret, { algorithms: ['HS256'] }).catch(checkError);
    expect(isJoseError(bad) && errorMessage(bad, 'es')).toBe('La firma HS256 no coincide con la entrada de firma y la clave (en la firma)');
    const rsa = await generateKey('RS256');
    if (rsa.kind !== 'pair') throw new Error('RS256 makes a pair');
    const confused = await verify(hs, rsa.publicKey, { algorithms: ['HS256'] }).catch(checkError);
    expect(isJoseError(confused) && errorMessage(confused, 'es')).toBe('Esta clave es una clave pública RSA de 2048 bits; HS256 necesita un secreto compartido (en la clave)');

    const gcm = await generateKey('A128KW');
    if (gcm.kind !== 'secret') throw new Error('A128KW makes a secret');
    const jwe = serializeCompact(await encrypt({ sub: 'ana' }, gcm.secret, { alg: 'A128KW', enc: 'A256GCM', zip: 'DEF', trace: createTrace('encrypt') }));
    checkFindings(inspect(jwe).findings);
    const at = jwe.lastIndexOf('.') + 1;
    const tampered = jwe.slice(0, at) + (jwe[at] === 'A' ? 'B' : 'A') + jwe.slice(at + 1);
    const tag = await decrypt(tampered, gcm.secret).catch(checkError);
    expect(isJoseError(tag) && errorMessage(tag, 'es')).toMatch(/^La etiqueta de autenticación del JWE no se verificó: .* con A256GCM \(en la etiqueta de autenticación/);

    const p2c = inspect(`${btoa(JSON.stringify({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c: 1_000_000, p2s: 'AAAAAAAAAAA' })).replace(/=+$/, '')}.AAAA.AAAA.AAAA.AAAA`);
    const high = p2c.findings.find((f) => f.code === 'PBES2_P2C_HIGH');
    expect(high && findingMessage(high, 'es')).toBe('"p2c" vale 1000000: por encima de 10.000 iteraciones de PBKDF2 el descifrado se rechaza por defecto (denegación de servicio)');
  });

  it('a reading problem says where, in Spanish, and a notice says what was removed', async () => {
    const r = inspect('  Bearer eyJhbGciOiJIUzI1NiJ9.e30');
    const problem = r.problems[0]!;
    expect(problemMessage(problem, 'es')).toMatch(/^Un token compacto tiene 3 partes \(JWS\) o 5 \(JWE\); este tiene 2 \(carácter \d+\)$/);
    expect(problemMessage(problem, 'en')).toBe(problem.message);
    expect(r.notices.map((n) => noticeMessage(n, 'es'))).toContain('Se quitó el prefijo "Bearer " (RFC 6750) delante del token');
  });
});
