import type { KeyFormat } from '../../../jose/index.ts';
import type { MessageId, Translate } from '../../../lib/i18n/index.ts';
import { keyText } from '../../../lib/i18n/keyText.ts';
import { PEM_FORMATS, type PemStructure } from '../../../lib/keyFormats.ts';
import type { KeySummaryWords } from './check.ts';

const HOLDS: Record<PemStructure, MessageId> = {
  spki: 'decodeReason.holdsPublic',
  pkcs8: 'decodeReason.holdsPrivate',
  'pkcs1-public': 'decodeReason.holdsRsaPublic',
  'pkcs1-private': 'decodeReason.holdsRsaPrivate',
  sec1: 'decodeReason.holdsEcPrivate',
};

const FROM: Record<Exclude<KeyFormat, PemStructure | 'secret'>, MessageId> = {
  jwk: 'decodeReason.fromJwk',
  jwks: 'decodeReason.fromJwks',
  password: 'decodeReason.fromPassword',
  x509: 'decodeReason.fromX509',
  generated: 'decodeReason.fromGenerated',
};

/**
 * What Decode read the key as ("Read as …"), in the person's language, from the facts the worker
 * sends (English shows check.ts's own sentence; a test checks these words give the same English).
 */
export function keySummaryText(w: KeySummaryWords, t: Translate): string {
  if ('set' in w) return t('decodeReason.keySet', { n: w.set.length, list: w.set.map((k) => keyText(k, t)).join('; ') });
  const from =
    w.from === 'secret'
      ? t('decodeReason.fromSecret', { encoding: w.encoding })
      : w.from in HOLDS
        ? t('decodeReason.fromPem', { holds: t(HOLDS[w.from as PemStructure]), standard: PEM_FORMATS[w.from as PemStructure].standard })
        : t(FROM[w.from as keyof typeof FROM]);
  const cert = w.cert ? t('decodeReason.keyCert', { ...w.cert }) : '';
  return t('decodeReason.keyFrom', { key: keyText(w.key, t), from, cert });
}
