import type { SegmentName } from '../jose/index.ts';

/**
 * One look per segment, used wherever a token is shown (decoder, encoder output, Learn). Each has a
 * colour AND an underline style, so the segments stay apart for readers who do not see the colours.
 */
export interface SegmentStyle {
  label: string;
  /** Tailwind classes for the text colour. */
  text: string;
  /** Tailwind classes for the underline style. */
  underline: string;
  /** CSS variable of the colour (for Monaco decorations and the legend swatch). */
  cssVar: string;
}

export const SEGMENT_STYLES: Partial<Record<SegmentName, SegmentStyle>> & Record<'header' | 'payload' | 'signature', SegmentStyle> = {
  header: { label: 'Header', text: 'text-seg-header', underline: 'underline decoration-solid decoration-2 underline-offset-4', cssVar: '--color-seg-header' },
  payload: { label: 'Payload', text: 'text-seg-payload', underline: 'underline decoration-dotted decoration-2 underline-offset-4', cssVar: '--color-seg-payload' },
  signature: { label: 'Signature', text: 'text-seg-signature', underline: 'underline decoration-dashed decoration-2 underline-offset-4', cssVar: '--color-seg-signature' },
  encrypted_key: { label: 'Encrypted key', text: 'text-seg-key', underline: 'underline decoration-double underline-offset-4', cssVar: '--color-seg-key' },
  iv: { label: 'IV', text: 'text-seg-iv', underline: 'underline decoration-wavy underline-offset-4', cssVar: '--color-seg-iv' },
  ciphertext: { label: 'Ciphertext', text: 'text-seg-ciphertext', underline: 'underline decoration-dotted decoration-2 underline-offset-4', cssVar: '--color-seg-ciphertext' },
  tag: { label: 'Tag', text: 'text-seg-tag', underline: 'underline decoration-dashed decoration-2 underline-offset-4', cssVar: '--color-seg-tag' },
  disclosure: { label: 'Disclosure', text: 'text-seg-disclosure', underline: 'underline decoration-wavy underline-offset-4', cssVar: '--color-seg-disclosure' },
  kb_jwt: { label: 'KB-JWT', text: 'text-seg-kb', underline: 'underline decoration-double underline-offset-4', cssVar: '--color-seg-kb' },
  aad: { label: 'AAD', text: 'text-seg-key', underline: 'underline decoration-solid underline-offset-4', cssVar: '--color-seg-key' },
};

export function segmentStyle(name: SegmentName): SegmentStyle {
  return SEGMENT_STYLES[name] ?? { label: name, text: '', underline: '', cssVar: '--color-slate-500' };
}
