import type { SecretEncoding } from '../../jose/index.ts';
import type { ExampleId } from './groups.ts';

/** One example token with the key that opens it: a row of ./examples.data.ts. */
export interface ExampleToken {
  id: ExampleId;
  kind: 'JWS' | 'JWE' | 'SD-JWT';
  /** Where it comes from, as a reference ("RFC 7520 §4.1", "seed document 000"). */
  source: string;
  token: string;
  /** The key that verifies or decrypts it ('' when none was published). */
  keyText: string;
  keyEncoding: SecretEncoding;
  /** How the token or its key was made, when that is not plain from the source. */
  note?: string;
}
