/**
 * The message ids, typed from the English source catalogues (types only: nothing of messages/ is
 * bundled; the page reads compiled/). Each area's ids start with its name.
 */
import type common from './messages/en/common.ts';
import type decode from './messages/en/decode.ts';
import type decodeReasons from './messages/en/decodeReasons.ts';
import type encode from './messages/en/encode.ts';
import type examples from './messages/en/examples.ts';
import type examplesLearn from './messages/en/examplesLearn.ts';
import type keys from './messages/en/keys.ts';
import type learn from './messages/en/learn.ts';
import type reasons from './messages/en/reasons.ts';
import type shell from './messages/en/shell.ts';
import type verdict from './messages/en/verdict.ts';

export type MessageId = keyof (typeof shell & typeof common & typeof decode & typeof examples & typeof examplesLearn & typeof decodeReasons & typeof verdict & typeof reasons & typeof encode & typeof keys & typeof learn);
/** Values for a message's `{name}` parameters. */
export type MessageValues = Record<string, string | number | Date | undefined>;
