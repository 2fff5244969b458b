import { EXAMPLE_TOKENS } from '../../lib/examples/examples.data.ts';
import type { ExampleId, ExampleToken } from '../../lib/examples/index.ts';

/** Examples only Decode offers: Learn's steps need a key (the seed JWE has none) and one signature at a time (RFC 7520 §4.8 has three). */
const DECODE_ONLY: readonly ExampleId[] = ['seed-rsa-oaep-jwe', 'rfc7520-4.8'];

/**
 * Learn's worked examples, from the examples both screens share (src/lib/examples): each comes with
 * its key, so the screen teaches even with an empty decoder. The tests check every one opens.
 */
export const LEARN_EXAMPLES: readonly ExampleToken[] = EXAMPLE_TOKENS.filter((e) => !DECODE_ONLY.includes(e.id));
export const LEARN_EXAMPLE_IDS: readonly ExampleId[] = LEARN_EXAMPLES.map((e) => e.id);

export function exampleById(id: string): ExampleToken | undefined {
  return LEARN_EXAMPLES.find((e) => e.id === id);
}
