import type { SegmentName } from '../jose/index.ts';
import type { MessageId, Translate } from '../lib/i18n/index.ts';

const SEGMENT_IDS: Partial<Record<SegmentName, MessageId>> = {
  header: 'decode.segment.header',
  payload: 'decode.segment.payload',
  signature: 'decode.segment.signature',
  encrypted_key: 'decode.segment.encryptedKey',
  ciphertext: 'decode.segment.ciphertext',
  tag: 'decode.segment.tag',
};

/** A segment's name in the person's language (IV, AAD, Disclosure, KB-JWT read the same in both). */
export function segmentLabel(name: SegmentName, english: string, t: Translate): string {
  const id = SEGMENT_IDS[name];
  return id ? t(id) : english;
}
