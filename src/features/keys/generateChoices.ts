/**
 * The choices of the "Generate a key" form: every JWS and JWE alg of DESIGN.md (and the JWE enc
 * values, for a bare CEK), with the extra choice each family takes (RSA size, curve, dir's enc).
 */
import { JWE_ALG_INFO, JWE_ALGS, JWE_ENCS, JWS_ALG_INFO, JWS_ALGS, isJweAlg, isJwsAlg, type Curve, type JweEnc } from '../../jose/index.ts';
import type { MessageId, Translate } from '../../lib/i18n/index.ts';

export const RSA_SIZES = [2048, 3072, 4096] as const;
export type RsaSize = (typeof RSA_SIZES)[number];

export const ALG_GROUPS: { label: MessageId; algs: readonly string[] }[] = [
  { label: 'keys.group.jws', algs: JWS_ALGS },
  { label: 'keys.group.jwe', algs: JWE_ALGS },
  { label: 'keys.group.cek', algs: JWE_ENCS },
];

export type ExtraChoice =
  | { kind: 'none' }
  | { kind: 'rsa-size' }
  | { kind: 'curve'; curves: readonly Curve[] }
  | { kind: 'enc' };

/** Which extra choice an alg needs. */
export function extraChoiceFor(alg: string): ExtraChoice {
  if (isJwsAlg(alg)) {
    const info = JWS_ALG_INFO[alg];
    if (info.kty === 'RSA') return { kind: 'rsa-size' };
    if (info.family === 'EdDSA' && info.curves!.length > 1) return { kind: 'curve', curves: info.curves! };
    return { kind: 'none' };
  }
  if (isJweAlg(alg)) {
    const info = JWE_ALG_INFO[alg];
    if (info.kty === 'RSA') return { kind: 'rsa-size' };
    if (info.family === 'ECDH-ES') return { kind: 'curve', curves: info.curves! };
    if (info.family === 'dir') return { kind: 'enc' };
  }
  return { kind: 'none' };
}

/** RSA generation takes a noticeable time: the screen shows progress for it. */
export function isSlow(alg: string): boolean {
  return extraChoiceFor(alg).kind === 'rsa-size';
}

export interface GenerateChoice {
  alg: string;
  rsaSize: RsaSize;
  curve: Curve | '';
  enc: JweEnc;
}

/** The options generateKeyInWorker takes for the current choice (only those that apply). */
export function generateOptions(choice: GenerateChoice): { modulusLength?: RsaSize; crv?: Curve; enc?: JweEnc } {
  const extra = extraChoiceFor(choice.alg);
  switch (extra.kind) {
    case 'rsa-size':
      return { modulusLength: choice.rsaSize };
    case 'curve':
      return choice.curve && extra.curves.includes(choice.curve) ? { crv: choice.curve } : {};
    case 'enc':
      return { enc: choice.enc };
    case 'none':
      return {};
  }
}

/** "an RSA 3072-bit key", "an Ed448 key pair", ... for the progress and result messages. */
export function describeChoice(choice: GenerateChoice): string {
  const extra = extraChoiceFor(choice.alg);
  if (extra.kind === 'rsa-size') return `an RSA ${choice.rsaSize}-bit key pair for ${choice.alg}`;
  if (extra.kind === 'curve') {
    const curve = choice.curve || extra.curves[0]!;
    return `${/^[AEIOUX]/.test(curve) ? 'an' : 'a'} ${curve} key pair for ${choice.alg}`;
  }
  if (extra.kind === 'enc') return `a ${choice.enc} content-encryption key for dir`;
  if (isJwsAlg(choice.alg) && (JWS_ALG_INFO[choice.alg].kty === 'OKP' || JWS_ALG_INFO[choice.alg].kty === 'AKP')) return `an ${choice.alg} key pair`;
  return `a key for ${choice.alg}`;
}

/** describeChoice in the person's language (the English is describeChoice's, word for word). */
export function choiceText(choice: GenerateChoice, t: Translate): string {
  const extra = extraChoiceFor(choice.alg);
  if (extra.kind === 'rsa-size') return t('keys.choice.rsa', { bits: String(choice.rsaSize), alg: choice.alg });
  if (extra.kind === 'curve') {
    const curve = choice.curve || extra.curves[0]!;
    return t('keys.choice.curve', { vowel: /^[AEIOUX]/.test(curve) ? 'yes' : 'no', curve, alg: choice.alg });
  }
  if (extra.kind === 'enc') return t('keys.choice.dir', { enc: choice.enc });
  if (isJwsAlg(choice.alg) && (JWS_ALG_INFO[choice.alg].kty === 'OKP' || JWS_ALG_INFO[choice.alg].kty === 'AKP')) return t('keys.choice.named', { alg: choice.alg });
  return t('keys.choice.other', { alg: choice.alg });
}
