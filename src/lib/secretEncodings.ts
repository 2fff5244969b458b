import type { SecretEncoding } from '../jose/index.ts';

/** How a raw secret's text turns into bytes, in the words every key field shows for it. */
export const SECRET_ENCODINGS: readonly { value: SecretEncoding; label: string }[] = [
  { value: 'utf8', label: 'UTF-8 text' },
  { value: 'base64', label: 'base64' },
  { value: 'base64url', label: 'base64url' },
  { value: 'hex', label: 'hex' },
];
