import type { Translate } from '../../../lib/i18n/index.ts';
import type { Classification, ClassificationFacts, HeaderFacts } from './classification.ts';

/** The header's part: what "alg" is and whether "enc" is there. */
function headerText(h: HeaderFacts, t: Translate): string {
  const alg = h.alg !== undefined ? t('decodeReason.alg', { alg: h.alg }) : t('decodeReason.algMissing');
  if (h.algKind === 'none') return t(h.enc ? 'decodeReason.noneWithEnc' : 'decodeReason.none', { alg });
  if (h.algKind === 'jwe') return t(h.enc ? 'decodeReason.jweAlg' : 'decodeReason.jweAlgNoEnc', { alg });
  if (h.algKind === 'jws') return t(h.enc ? 'decodeReason.jwsAlgWithEnc' : 'decodeReason.jwsAlg', { alg });
  return t(h.enc ? 'decodeReason.unknownAlgWithEnc' : 'decodeReason.unknownAlg', { alg });
}

function factsText(f: ClassificationFacts, t: Translate): string {
  switch (f.form) {
    case 'empty':
      return t('decodeReason.empty');
    case 'no-dot':
      return t('decodeReason.noDot');
    case 'json-unreadable':
      return t('decodeReason.jsonUnreadable');
    case 'json-both':
      return t('decodeReason.jsonBoth');
    case 'json-neither':
      return t('decodeReason.jsonNeither');
    case 'json-jws':
      return f.header ? t('decodeReason.jsonJws', { header: headerText(f.header, t) }) : t('decodeReason.jsonJwsNoSignature');
    case 'json-jwe':
      return t('decodeReason.jsonJwe', { header: headerText(f.header ?? { algKind: 'unknown', enc: false }, t) });
    case 'compact': {
      const n = String(f.segments);
      if (!f.structure) return t('decodeReason.segmentsNeither', { n });
      return f.header ? t('decodeReason.compact', { n, header: headerText(f.header, t) }) : t('decodeReason.compactNoHeader', { n });
    }
  }
}

/**
 * The classification reason in the person's language, from its facts (English shows the engine's
 * own sentence; this builds the same sentence from the catalogue, which the tests check).
 */
export function classificationText(c: Classification, t: Translate): string {
  const reason = factsText(c.facts, t);
  if (!c.sdJwt) return reason;
  const { disclosures, keyBinding, compact } = c.sdJwt;
  return t('decodeReason.sdJwt', {
    count: disclosures,
    n: String(disclosures),
    kb: t(keyBinding ? 'decodeReason.sdJwtKb' : 'decodeReason.sdJwtNoKb'),
    where: t(compact ? 'decodeReason.sdJwtCompact' : 'decodeReason.sdJwtJson'),
    reason,
  });
}
