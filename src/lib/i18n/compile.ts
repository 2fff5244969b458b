/**
 * Compiles the message catalogues (ICU MessageFormat in messages/<locale>/<area>.ts) into the
 * bundles the page loads (compiled/*.json), with Lingui's own compiler. Used by
 * scripts/compile-messages.ts and by the test that keeps compiled/ in step; never by the page.
 */
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { AREAS, type Area } from './areas.ts';
import common from './messages/en/common.ts';
import decode from './messages/en/decode.ts';
import decodeReasons from './messages/en/decodeReasons.ts';
import encode from './messages/en/encode.ts';
import examples from './messages/en/examples.ts';
import examplesLearn from './messages/en/examplesLearn.ts';
import keys from './messages/en/keys.ts';
import learn from './messages/en/learn.ts';
import shell from './messages/en/shell.ts';
import verdict from './messages/en/verdict.ts';
import reasons from './messages/en/reasons.ts';
import esCommon from './messages/es/common.ts';
import esDecode from './messages/es/decode.ts';
import esDecodeReasons from './messages/es/decodeReasons.ts';
import esEncode from './messages/es/encode.ts';
import esExamples from './messages/es/examples.ts';
import esExamplesLearn from './messages/es/examplesLearn.ts';
import esKeys from './messages/es/keys.ts';
import esLearn from './messages/es/learn.ts';
import esShell from './messages/es/shell.ts';
import esVerdict from './messages/es/verdict.ts';
import esReasons from './messages/es/reasons.ts';

type Source = Readonly<Record<string, string>>;

export const SOURCES: Record<'en' | 'es', Record<Area, Source>> = {
  en: { shell, common, decode, examples, examplesLearn, decodeReasons, verdict, reasons, encode, keys, learn },
  es: { shell: esShell, common: esCommon, decode: esDecode, examples: esExamples, examplesLearn: esExamplesLearn, decodeReasons: esDecodeReasons, verdict: esVerdict, reasons: esReasons, encode: esEncode, keys: esKeys, learn: esLearn },
};

/**
 * Spanish splits like English, except that the verdicts' reasons come with Decode (English shows the
 * engine's own sentences, Spanish words them again): a Spanish visitor's first render waits for
 * es-decode only, the other screens' Spanish comes with their chunks.
 */
const spanishBundle = (area: Area) => (area === 'reasons' ? 'decode' : AREAS[area]);

/** Bundle file name → compiled messages. */
export function compileBundles(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = { 'en-core': {}, 'en-decode': {}, 'en-screens': {}, 'es-decode': {}, 'es-screens': {} };
  for (const area of Object.keys(AREAS) as Area[]) {
    const enBundle = out[`en-${AREAS[area]}`]!;
    const esBundle = out[`es-${spanishBundle(area)}`]!;
    for (const [id, text] of Object.entries(SOURCES.en[area])) enBundle[id] = compileMessage(text);
    for (const [id, text] of Object.entries(SOURCES.es[area])) esBundle[id] = compileMessage(text);
  }
  return out;
}
