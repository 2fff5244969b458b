import { EXAMPLE_DATA } from './examples.data.ts';
import { SD_JWT_EXAMPLE_DATA } from './examples.sdjwt.data.ts';
import type { Example } from './exampleType.ts';
import { isMessageId, type Translate } from '../../lib/i18n/index.ts';

export type { Example } from './exampleType.ts';

/**
 * Worked examples with their keys, so the screen teaches even with an empty decoder. Copied from
 * test/vectors (RFC 7520 §4-5, RFC 7516 A.1-A.4, RFC 7517 C, seeds.json) when this file was made;
 * two tokens were made once with the engine and kept as data: the RFC 7518 Appendix C one (the
 * RFC's keys, apu, apv, so Z, OtherInfo and the derived key are the RFC's) and the seed library's
 * RSA-OAEP flow (the seed's own key was never printed). The tests check every one opens.
 */

export const EXAMPLES: readonly Example[] = [...EXAMPLE_DATA, ...SD_JWT_EXAMPLE_DATA];

/** An example's name in the person's language (the English is the example's own label; a test keeps them equal). */
export function exampleLabel(example: Example, t: Translate): string {
  const id = `learn.example.${example.id}`;
  return isMessageId(id) ? t(id) : example.label;
}

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
