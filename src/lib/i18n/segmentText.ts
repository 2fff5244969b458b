/**
 * A segment's name as the engine labels it ("JWS Protected Header") in English, and from its part
 * (which piece of the serialization it is) in the person's language otherwise: the engine keeps its
 * English labels, and the screens do not read them to translate.
 */
import type { InspectResult } from '../../jose/index.ts';
import type { Locale } from './locales.ts';
import type { MessageId } from './ids.ts';
import type { Translate } from './react.tsx';

type Segment = Pick<InspectResult['segments'][number], 'part' | 'label'> & { index?: number | undefined };

const PART_IDS: Record<string, MessageId> = {
  protected: 'learn.seg.protected',
  header: 'learn.seg.header',
  unprotected: 'learn.seg.unprotected',
  payload: 'learn.seg.payload',
  signature: 'learn.seg.signature',
  encrypted_key: 'learn.seg.encryptedKey',
  iv: 'learn.seg.iv',
  ciphertext: 'learn.seg.ciphertext',
  tag: 'learn.seg.tag',
  aad: 'learn.seg.aad',
  kb_protected: 'learn.seg.kbProtected',
  kb_payload: 'learn.seg.kbPayload',
  kb_signature: 'learn.seg.kbSignature',
};

export function segmentText(segment: Segment, t: Translate, locale: Locale): string {
  if (locale === 'en') return segment.label;
  if (segment.part === 'disclosure') return segment.label.replace(/^\S+/, t('learn.seg.disclosure'));
  const id = PART_IDS[segment.part];
  return id ? t(id) : segment.label;
}

/**
 * An RFC reference in the person's language: "RFC 7516 §5.2 steps 1-4" → "RFC 7516 §5.2, pasos 1-4".
 * References are a fixed citation form (RFC number, § or Appendix, step numbers), read as such.
 */
export function refText(ref: string, t: Translate, locale: Locale): string {
  if (locale === 'en') return ref;
  return ref
    .replace(/ Appendix /g, ` ${t('learn.ref.appendix')} `)
    .replace(/ steps (\d+(?:-\d+)?)(?: and (\d+))?/g, (_all, n: string, more?: string) => `, ${t('learn.ref.steps', { n: more ? `${n} ${t('learn.ref.and')} ${more}` : n })}`)
    .replace(/ step (\d+)/g, (_all, n: string) => `, ${t('learn.ref.step', { n })}`);
}
