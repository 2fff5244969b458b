/**
 * A key in words, from its facts (kty, type, bits, crv, alg, kid): "a 32-byte shared secret", "una
 * clave privada EC P-256". The engine's describeKey / keyWords say the same in English only; the
 * screens word keys through this so Spanish says exactly as much (verdict.test.ts compares the
 * English with the engine's). Apart from verdict.ts so a screen can use it without the verdicts.
 */
import { echo } from '../../jose/index.ts';
import type { KeyFacts } from './verdict-types.ts';
import type { MessageId, MessageValues } from './ids.ts';

type Translate = (id: MessageId, values?: MessageValues) => string;

/** English "a"/"an" before a spoken number or name, as the engine's describeKey decides it. */
const vowel = (phrase: string) => (/^(8|1[18](?!\d)|Ed\d|[AEFHILMNORSX][-A-Z0-9]|[aeiou])/.test(phrase) ? 'yes' : 'no');

export function keyText(k: KeyFacts, t: Translate): string {
  let what: string;
  if (k.password) what = t('verdict.key.password', { bytes: String(k.bits / 8) });
  else if (k.kty === 'oct') what = t('verdict.key.secret', { bytes: String(k.bits / 8), vowel: vowel(String(k.bits / 8)) });
  else if (k.kty === 'RSA') what = t('verdict.key.rsa', { type: k.type, bits: String(k.bits) });
  else if (k.kty === 'EC') what = t('verdict.key.ec', { type: k.type, crv: k.crv ?? '' });
  else {
    const name = k.kty === 'OKP' ? (k.crv ?? 'OKP') : (k.alg ?? 'AKP');
    what = t('verdict.key.named', { type: k.type, name, vowel: vowel(name) });
  }
  return k.kid !== undefined ? t('verdict.key.kid', { key: what, kid: echo(k.kid, 80) }) : what;
}
