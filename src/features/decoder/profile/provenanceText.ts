import { echo, type KeyProvenance } from '../../../jose/index.ts';
import type { MessageId, Translate } from '../../../lib/i18n/index.ts';
import type { ProvenanceWords } from './protocol.ts';

const X5C_WHY: Record<'not-anchored' | 'broken' | 'expired' | 'untrusted', MessageId> = {
  'not-anchored': 'decodeReason.provX5cNotAnchored',
  broken: 'decodeReason.provX5cBroken',
  expired: 'decodeReason.provX5cExpired',
  untrusted: 'decodeReason.provX5cUntrusted',
};

/**
 * Where the key came from, in the person's language, from the facts the worker sends (English shows
 * the engine's own label; a test checks these words give the same English).
 */
export function provenanceText(w: ProvenanceWords, t: Translate): string {
  switch (w.said) {
    case 'pasted':
      return t('decodeReason.provPasted');
    case 'header-jwk':
      return t('decodeReason.provHeaderJwk');
    case 'x5c-not-used':
      return t('decodeReason.provX5cNotUsed');
    case 'x5c-failed':
      return t('decodeReason.provX5cFailed');
    case 'x5c':
      return w.status === 'trusted' ? t('decodeReason.provX5cTrusted', { anchor: w.anchor ?? '' }) : t('decodeReason.provX5c', { why: t(X5C_WHY[w.status]) });
    case 'jwks-url':
      return w.kid === undefined ? t('decodeReason.provJwks', { url: w.url }) : t('decodeReason.provJwksKid', { url: w.url, kid: echo(w.kid) });
  }
}

/** The facts of the engine's KeyProvenance that its label says. */
export function provenanceWords(p: KeyProvenance): ProvenanceWords {
  if (p.source === 'x5c') return { said: 'x5c', status: p.chain?.status ?? (p.trusted ? 'trusted' : 'untrusted'), ...(p.anchor !== undefined ? { anchor: p.anchor } : {}) };
  if (p.source === 'jwks-url') return { said: 'jwks-url', url: p.url, ...(p.kid !== undefined ? { kid: p.kid } : {}) };
  return { said: p.source };
}
