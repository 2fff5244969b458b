/**
 * The encoder's algorithm model: what the "Algorithm" and "Content encryption" selects offer, and
 * how they and the header's "alg"/"enc" stay one source of truth (the header text is the truth; the
 * selects show it and, when changed, edit it).
 */
import { JWE_ALGS, JWE_ENCS, JWS_ALGS, JWS_ALG_INFO, JWE_ALG_INFO, isJweAlg, isJweEnc, isJwsAlg, echo, type JsonObject, type JweAlg, type JweEnc, type JwsAlg } from '../../jose/index.ts';
import { setMembers } from './jsonText.ts';
import { words, type WordValue, type Words } from '../../lib/i18n/words.ts';
import type { Translate } from '../../lib/i18n/index.ts';

export type SignAlg = JwsAlg | 'none';
export type EncoderAlg = SignAlg | JweAlg;

export const SIGN_ALGS: readonly SignAlg[] = [...JWS_ALGS, 'none'];
export const ENCRYPT_ALGS: readonly JweAlg[] = JWE_ALGS;
export const CONTENT_ENCRYPTIONS: readonly JweEnc[] = JWE_ENCS;

export function isEncoderAlg(value: unknown): value is EncoderAlg {
  return value === 'none' || isJwsAlg(value) || isJweAlg(value);
}

export function isEncryptAlg(alg: EncoderAlg): alg is JweAlg {
  return isJweAlg(alg);
}

/** The option text: the identifier, with a hint where it helps choosing. */
export function algLabel(alg: EncoderAlg, t: Translate): string {
  if (alg === 'none') return t('encode.alg.none');
  if (alg === 'RSA1_5') return t('encode.alg.rsa15');
  // RFC 9864 deprecates the polymorphic name for Ed25519 / Ed448, which name the curve.
  if (alg === 'EdDSA') return t('encode.alg.eddsa');
  if (isJwsAlg(alg) && JWS_ALG_INFO[alg].family === 'ML-DSA') return t('encode.alg.pq', { alg });
  if (isJwsAlg(alg) && JWS_ALG_INFO[alg].curves?.[0] === 'secp256k1') return `${alg} (secp256k1)`;
  return alg;
}

/**
 * Whether the alg wraps or encrypts a content key of its own choosing, so one JWE can carry it for
 * several recipients: not "dir" and not ECDH-ES direct agreement, whose CEK is the key itself.
 */
export function wrapsContentKey(alg: JweAlg): boolean {
  const info = JWE_ALG_INFO[alg];
  return info.family !== 'dir' && !(info.family === 'ECDH-ES' && !info.wraps);
}

/** What the header says, and whether the selects can show it. */
export interface HeaderSelection {
  alg?: EncoderAlg;
  enc?: JweEnc;
  /** Why the header's alg/enc cannot be shown by the selects (unknown value, missing alg...). */
  problem?: string;
  /** The same, as parameters for the person's language. */
  problemWords?: WordValue;
}

export function selectionFromHeader(header: JsonObject): HeaderSelection {
  const alg = header.alg;
  const enc = header.enc;
  const said = (id: Words['id'], values?: Record<string, string>) => ({ words: words(id, values) });
  if (alg === undefined) return { problem: 'The protected header has no "alg": pick one in Algorithm', problemWords: said('encode.problem.noAlg') };
  if (!isEncoderAlg(alg)) return { problem: `The header's "alg" ${echo(alg)} is not an algorithm the encoder knows`, problemWords: said('encode.problem.unknownAlg', { alg: echo(alg) }) };
  if (isJweAlg(alg)) {
    if (enc === undefined) return { alg, problem: 'The protected header has no "enc": pick one in Content encryption', problemWords: said('encode.problem.noEnc') };
    if (!isJweEnc(enc)) return { alg, problem: `The header's "enc" ${echo(enc)} is not a content encryption the encoder knows`, problemWords: said('encode.problem.unknownEnc', { enc: echo(enc) }) };
    return { alg, enc };
  }
  return { alg };
}

/**
 * The header text after the person picks an alg (and enc): "alg" (and "enc") set in place; a JWS
 * loses the JWE-only "enc" and "zip", a JWE loses the JWS-only "b64" and its "crit". Returns null
 * when the header is not a JSON object (its error is shown; the text is not touched).
 *
 * @example
 * headerForSelection('{"alg": "HS256"}', 'RSA-OAEP-256', 'A256GCM'); // '{"alg": "RSA-OAEP-256", "enc": "A256GCM"}'
 */
export function headerForSelection(text: string, alg: EncoderAlg, enc: JweEnc): string | null {
  if (isJweAlg(alg)) return setMembers(text, { alg, enc, b64: undefined, ...critWithout(text, 'b64') });
  return setMembers(text, { alg, enc: undefined, zip: undefined });
}

/** The "crit" patch that drops one name (and "crit" itself when it would be empty). */
export function critWithout(text: string, name: string): Record<string, string[] | undefined> {
  const match = /"crit"\s*:\s*(\[[^\]]*\])/.exec(text);
  if (!match) return {};
  try {
    const list = JSON.parse(match[1]!) as unknown;
    if (!Array.isArray(list) || !list.includes(name)) return {};
    const rest = list.filter((n) => n !== name) as string[];
    return { crit: rest.length ? rest : undefined };
  } catch {
    return {};
  }
}

/** Key generation choices an alg offers: RSA sizes, or curves. */
export function keyChoices(alg: EncoderAlg): { kind: 'size'; values: number[] } | { kind: 'curve'; values: string[] } | null {
  if (alg === 'none') return null;
  if (isJwsAlg(alg)) {
    const info = JWS_ALG_INFO[alg];
    if (info.kty === 'RSA') return { kind: 'size', values: [2048, 3072, 4096] };
    if (info.family === 'EdDSA' && info.curves!.length > 1) return { kind: 'curve', values: info.curves! };
    return null;
  }
  const info = JWE_ALG_INFO[alg];
  if (info.kty === 'RSA') return { kind: 'size', values: [2048, 3072, 4096] };
  if (info.family === 'ECDH-ES') return { kind: 'curve', values: info.curves ?? [] };
  return null;
}

/** Whether the alg's key is a pair (the encoder keeps the other half for the round trip). */
export function usesKeyPair(alg: EncoderAlg): boolean {
  if (alg === 'none') return false;
  if (isJwsAlg(alg)) return JWS_ALG_INFO[alg].kty !== 'oct';
  const info = JWE_ALG_INFO[alg];
  return info.kty === 'RSA' || info.family === 'ECDH-ES';
}
