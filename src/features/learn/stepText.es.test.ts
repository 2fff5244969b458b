/**
 * The Spanish Learn steps against real traces: every algorithm signs and verifies, every key
 * management algorithm encrypts and decrypts (with both content encryptions, and "zip"), every
 * Learn example runs, and tampered tokens fail — and every title and value label those traces carry
 * must have a Spanish rule. A new engine title without one fails here, naming it.
 */
import { describe, expect, it } from 'vitest';
import {
  JWE_ALGS, JWS_ALGS, createTrace, decrypt, encrypt, generateKey, serializeCompact, sign, verify,
  type GeneratedKey, type JoseKey, type Trace,
} from '../../jose/index.ts';
import { LEARN_EXAMPLES } from './examples.ts';
import { runTrace } from './runTrace.ts';
import { learnSteps, loadStepTexts } from './steps.ts';
import { fixedTextEs, stepTitleEs, valueLabelEs } from './stepText.es.ts';
import { STEP_EXPLANATIONS } from './explanations.ts';
import { STEP_EXPLANATIONS_ES } from './explanations.es.ts';

const keys = (o: object) => Object.keys(o).sort();
const pair = (g: GeneratedKey): [JoseKey, JoseKey] => (g.kind === 'pair' ? [g.privateKey, g.publicKey] : [g.secret, g.secret]);

function tamperLast(token: string): string {
  const at = token.lastIndexOf('.') + 1;
  return token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
}

async function allTraces(): Promise<Trace[]> {
  const traces: Trace[] = [];
  for (const alg of JWS_ALGS) {
    const [priv, pub] = pair(await generateKey(alg));
    const signing = createTrace('sign');
    const token = serializeCompact(await sign({ sub: 'ana' }, priv, { alg, trace: signing }));
    const verifying = createTrace('verify');
    await verify(token, pub, { trace: verifying, algorithms: [alg] });
    const failing = createTrace('verify');
    await verify(tamperLast(token), pub, { trace: failing, algorithms: [alg] }).catch(() => {});
    traces.push(signing, verifying, failing);
  }
  const none = createTrace('sign');
  await sign({ sub: 'ana' }, null, { alg: 'none', allowNone: true, trace: none });
  traces.push(none);
  for (const alg of JWE_ALGS) {
    for (const enc of ['A128CBC-HS256', 'A256GCM'] as const) {
      const [priv, pub] = pair(await generateKey(alg, { enc }));
      const encrypting = createTrace('encrypt');
      const token = serializeCompact(await encrypt({ sub: 'ana' }, pub, { alg, enc, trace: encrypting, ...(enc === 'A256GCM' ? { zip: 'DEF' as const } : {}) }));
      const decrypting = createTrace('decrypt', { revealPaddingChecks: true });
      await decrypt(token, priv, { trace: decrypting, algorithms: [alg], encryptions: [enc] });
      const failing = createTrace('decrypt', { revealPaddingChecks: true });
      await decrypt(tamperLast(token), priv, { trace: failing, algorithms: [alg], encryptions: [enc] }).catch(() => {});
      traces.push(encrypting, decrypting, failing);
    }
  }
  for (const e of LEARN_EXAMPLES) {
    traces.push((await runTrace({ token: e.token, keyText: e.keyText, keyEncoding: e.keyEncoding })).trace);
    traces.push((await runTrace({ token: e.token, keyText: '', keyEncoding: e.keyEncoding })).trace);
  }
  return traces;
}

describe('Spanish step explanations: the same step ids as English', () => {
  it('JWS, JWE and SD-JWT tables have the same keys both ways', () => {
    expect(keys(STEP_EXPLANATIONS_ES.jws)).toEqual(keys(STEP_EXPLANATIONS.jws));
    expect(keys(STEP_EXPLANATIONS_ES.jwe)).toEqual(keys(STEP_EXPLANATIONS.jwe));
    expect(keys(STEP_EXPLANATIONS_ES.sdJwt)).toEqual(keys(STEP_EXPLANATIONS.sdJwt));
  });
});

describe('Spanish Learn steps on real traces', { timeout: 120_000 }, () => {
  it('every title and value label of every algorithm has Spanish, and every explained step is explained in Spanish too', async () => {
    const traces = await allTraces();
    await loadStepTexts('es');
    const missing = new Set<string>();
    let steps = 0;
    for (const trace of traces) {
      const en = learnSteps(trace);
      const es = learnSteps(trace, 'es');
      expect(es.steps.map((s) => s.id)).toEqual(en.steps.map((s) => s.id));
      trace.steps.forEach((s) => {
        steps++;
        if (stepTitleEs(s.id, s.title) === undefined) missing.add(`title ${s.id}: ${s.title}`);
        for (const v of s.values) if (valueLabelEs(v.label) === undefined) missing.add(`label ${v.name}: ${v.label}`);
      });
      en.steps.forEach((s, i) => {
        const spanish = es.steps[i]!;
        expect(spanish.explanation.length, `${s.id}: explained in English, not in Spanish`).toBe(s.explanation.length);
        if (s.explanation.length) expect(spanish.explanation).not.toEqual(s.explanation);
      });
    }
    expect(steps).toBeGreaterThan(500);
    expect([...missing]).toEqual([]);
  });

  it('carries the values of the English title into the Spanish one', async () => {
    await loadStepTexts('es');
    expect(stepTitleEs('digest', 'HMAC-SHA-384 of the signing input with the key')).toBe('HMAC-SHA-384 de la entrada de firma con la clave');
    expect(stepTitleEs('cek', 'Generate a random 512-bit CEK')).toBe('Generar una CEK aleatoria de 512 bits');
    expect(stepTitleEs('kb-signature', 'Ed25519 verification with the public key')).toBe('Verificación Ed25519 con la clave pública');
    expect(stepTitleEs('disclosure-0', 'Disclosure 1: sha-256 over its base64url text, then find the digest')).toBe('Disclosure 1: sha-256 sobre su texto base64url y búsqueda del digest');
    expect(stepTitleEs('key-wrap', 'Recipient 2 (kid bob)')).toBe('Destinatario 2 (kid bob)');
    expect(stepTitleEs('digest', 'Something the engine never wrote')).toBeUndefined();
  });

  it('a verified token ends with the contract words "Firma verificada", and a failure keeps its step', async () => {
    const hs = LEARN_EXAMPLES.find((e) => e.id === 'seed-hs256-notsosecret')!;
    await loadStepTexts('es');
    const ok = learnSteps((await runTrace({ token: hs.token, keyText: hs.keyText, keyEncoding: hs.keyEncoding })).trace, 'es');
    const verdict = ok.steps[ok.steps.length - 1]!;
    expect(verdict.heading).toBe('Veredicto');
    expect(verdict.values.find((v) => v.name === 'verdict')?.text).toBe('Firma verificada');
    expect(verdict.explanation[0]).toMatch(/^El encabezado y la carga útil son exactamente lo que firmó/);
    const bad = learnSteps((await runTrace({ token: tamperLast(hs.token), keyText: hs.keyText, keyEncoding: hs.keyEncoding })).trace, 'es');
    expect(bad.failedAt).toBeDefined();
    expect(bad.steps[bad.failedAt!]!.heading).toBe('Comparar el MAC calculado con el recibido (en tiempo constante)');
    expect(fixedTextEs('Signature verified')).toBe('Firma verificada');
  });
});
