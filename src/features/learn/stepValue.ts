import type { Bytes } from '../../jose/index.ts';

/* One value of a Learn step: its own file so steps.ts and explanations.ts both read it without importing each other. */

/** How a value is shown: bytes in base64url or hex; ASCII bytes also as their text; text as is. */
export type ValueFormat = 'bytes' | 'ascii' | 'text' | 'json';

export interface StepValue {
  name: string;
  label: string;
  format: ValueFormat;
  bytes?: Bytes;
  text?: string;
  /** For bytes that are readable (payload, plaintext): the UTF-8 text, shown beside the encoding. */
  utf8?: string;
}
