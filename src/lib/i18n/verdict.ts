/**
 * The Result's reason in the person's language (loaded with a language other than English: English
 * shows the engine's own sentence), from its outcome code and parameters. The engine
 * words verdicts in English (src/jose/verdict/, shared with the command line); the decoder keeps
 * what each sentence was made of (VerdictWords, OutcomeFacts) beside it, and this file words them
 * again through the catalogue. English shows the engine's own sentence; verdict.test.ts builds the
 * English from the same parameters and compares, so every language says exactly as much.
 */
import { echo, type JsonObject } from '../../jose/index.ts';
import type { Caveat, OutcomeFacts, TriedFacts, VerdictWords } from './verdict-types.ts';
import { relativeWhen, utcTime } from './time.ts';
import type { MessageId, MessageValues } from './ids.ts';
import type { Locale } from './locales.ts';
import { errorMessage, problemMessage } from './content/engine-messages.ts';
import { keyText } from './keyText.ts';

export { keyText } from './keyText.ts';

type Translate = (id: MessageId, values?: MessageValues) => string;

function triedText(tried: TriedFacts, t: Translate): string {
  if ('jwks' in tried) return t('verdict.tried.jwks', { n: String(tried.jwks) });
  const keys = tried.keys.map((k) => keyText(k, t)).join(', ');
  return tried.of === undefined ? keys : t('verdict.tried.ofJwks', { keys, n: String(tried.of) });
}

const STEP_IDS: Record<string, MessageId> = {
  header: 'verdict.step.header',
  'key-wrap': 'verdict.step.keyWrap',
  'key-agreement': 'verdict.step.keyAgreement',
  cek: 'verdict.step.cek',
  tag: 'verdict.step.tag',
  content: 'verdict.step.content',
  decrypt: 'verdict.step.decrypt',
  inflate: 'verdict.step.inflate',
  signature: 'verdict.step.signature',
};

/** The engine's `failure` reason (the malformed codes keep the bare message), as parameters. */
function failedText(f: Extract<OutcomeFacts, { kind: 'failed' }>, t: Translate, locale: Locale): string {
  const message = f.error ? errorMessage(f.error, locale) : f.message;
  if (f.bare) return message;
  let reason = message.replace(/\.$/, '');
  const step = f.step !== undefined ? STEP_IDS[f.step] : undefined;
  if (step && f.jwe && !/^(ERR_KEY_MISMATCH|ERR_KEY_NOT_FOUND|ERR_ALG_NOT_ALLOWED)$/.test(f.code)) reason = t('verdict.failedStep', { reason, step: t(step) });
  return f.tried ? t('verdict.failedTried', { reason, keys: triedText(f.tried, t) }) : reason;
}

function outcomeText(f: OutcomeFacts, t: Translate, locale: Locale): string {
  switch (f.kind) {
    case 'verified': {
      const key = keyText(f.key, t);
      return f.signature === undefined ? t('verdict.verified', { alg: f.alg, key }) : t('verdict.verifiedNth', { alg: f.alg, key, n: String(f.signature + 1) });
    }
    case 'decrypted': {
      const key = keyText(f.key, t);
      const reason = f.recipient === undefined ? t('verdict.decrypted', { alg: f.alg, enc: f.enc, key }) : t('verdict.decryptedNth', { alg: f.alg, enc: f.enc, key, n: String(f.recipient + 1) });
      return f.nested ? t('verdict.nested', { reason }) : reason;
    }
    case 'failed':
      return failedText(f, t, locale);
    case 'keyUnreadable':
      return t('verdict.keyUnreadable', { message: f.message });
  }
}

function caveatText(c: Caveat, t: Translate, locale: Locale): string {
  if (c.kind === 'expired') return t('verdict.caveat.expired', { when: relativeWhen(c.exp, c.now, locale) });
  if (c.kind === 'notYet') return t('verdict.caveat.notYet', { time: utcTime(c.nbf, locale), when: relativeWhen(c.nbf, c.now, locale) });
  return t('verdict.caveat.kid', { key: echo(c.key), token: echo(c.token) });
}

const EC_CURVES: Record<string, string> = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521', ES256K: 'secp256k1' };

/** keyNeeded's sentence: what key an alg needs. */
export function keyNeededText(jwe: boolean, header: JsonObject | undefined, t: Translate): string {
  const alg = typeof header?.alg === 'string' ? header.alg : '';
  const enc = typeof header?.enc === 'string' ? header.enc : '';
  if (!jwe) {
    if (/^HS\d+$/.test(alg)) return t('verdict.need.hmac', { alg });
    if (/^(RS|PS)\d+$/.test(alg)) return t('verdict.need.rsa', { alg });
    if (EC_CURVES[alg]) return t('verdict.need.ec', { alg, crv: EC_CURVES[alg] });
    if (alg === 'EdDSA') return t('verdict.need.eddsa');
    if (alg === 'Ed25519' || alg === 'Ed448') return t('verdict.need.okp', { alg });
    if (alg.startsWith('ML-DSA-')) return t('verdict.need.mldsa', { alg });
    return alg ? t('verdict.need.verifyOther', { alg: echo(alg) }) : t('verdict.need.verifyThis');
  }
  if (alg.startsWith('RSA')) return t('verdict.need.rsaOaep', { alg });
  if (alg.startsWith('ECDH-ES')) return t('verdict.need.ecdh', { alg });
  if (alg.startsWith('PBES2')) return t('verdict.need.pbes2', { alg });
  const kw = /^A(128|192|256)(GCM)?KW$/.exec(alg);
  if (kw) return t('verdict.need.aesKw', { alg, bits: kw[1], bytes: String(Number(kw[1]) / 8) });
  if (alg === 'dir') {
    const bits = /^A(\d+)GCM$/.exec(enc)?.[1] ?? (/^A(\d+)CBC-HS\d+$/.test(enc) ? String(Number(/^A(\d+)/.exec(enc)![1]) * 2) : undefined);
    return bits ? t('verdict.need.dirBits', { bits, enc }) : t('verdict.need.dir');
  }
  return alg ? t('verdict.need.decryptOther', { alg: echo(alg) }) : t('verdict.need.decryptThis');
}

/** The reason after the status, in the language `t` speaks; undefined when it cannot be worded from parameters. */
export function reasonText(w: VerdictWords, t: Translate, locale: Locale): string | undefined {
  switch (w.kind) {
    case 'reading':
      return t('verdict.reading');
    case 'empty':
      return t('verdict.empty');
    case 'checking':
      return t(w.jwe ? 'verdict.decrypting' : 'verdict.checkingSignature');
    case 'unsecured': {
      const variant = typeof w.alg === 'string' && w.alg !== 'none' && w.alg.toLowerCase() === 'none';
      return variant ? t('verdict.unsecuredVariant', { alg: JSON.stringify(w.alg) }) : t('verdict.unsecured');
    }
    case 'malformed':
      if (w.problem) return problemMessage(w.problem, locale);
      return w.offset === undefined ? w.message : t('verdict.atOffset', { message: w.message, offset: String(w.offset) });
    case 'keyRequired':
      return keyNeededText(w.jwe, w.header, t);
    case 'checkError':
      return t('verdict.checkError', { error: w.error });
    case 'outcome': {
      if (!w.facts) return undefined;
      const reason = outcomeText(w.facts, t, locale);
      const clauses = w.caveats.map((c) => caveatText(c, t, locale));
      if (!clauses.length) return reason;
      const joined = clauses.reduce((first, next) => t('verdict.caveatJoin', { first, next }));
      return t('verdict.caveats', { caveats: joined, reason });
    }
  }
}
