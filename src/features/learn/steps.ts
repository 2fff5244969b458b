import { bytesEqual, concatBytes, toHex, base64urlEncode, rfcRef, type Bytes, type Trace, type TraceStep, type TraceValue } from '../../jose/index.ts';
import { lazyContent, type ContentLocale } from '../../lib/i18n/content/locale.ts';
import { explain, defaultRef, loadStepExplanations } from './explanations.ts';
import { isSdJwtAsciiValue } from './sdJwtExplanations.ts';
import type { StepValue } from './stepValue.ts';

export type { StepValue, ValueFormat } from './stepValue.ts';

/**
 * The Learn screen's view of an engine trace: one item per step, in plain words, each with its RFC
 * section and its exact values. Pure: no React, so the mapping is unit-tested on real traces.
 */


export interface LearnStep {
  id: string;
  heading: string;
  /** Two or three plain sentences. */
  explanation: string[];
  ref?: { label: string; url: string };
  values: StepValue[];
  /** 'skipped': an attempt that failed before another succeeded (a JSON JWE recipient the key does not open). */
  status: 'ok' | 'failed' | 'skipped';
  error?: string;
}

export interface LearnSteps {
  operation: Trace['operation'];
  steps: LearnStep[];
  /** Index of the step where the operation failed (the list stops there). */
  failedAt?: number;
}

/** Values whose bytes are ASCII text that the reader should see as text (RFC 7515 §5.2, RFC 7516 §5.2 step 14). */
const ASCII_VALUES = new Set(['signingInput', 'aad', 'message']);
/** Text values that are JSON documents. */
const JSON_VALUES = new Set(['protectedHeader', 'unprotectedHeader', 'header.json', 'epk']);
/** Byte values worth reading as text too. */
const READABLE_VALUES = new Set(['payload', 'plaintext']);

const utf8 = new TextDecoder('utf-8', { fatal: true });
function tryText(bytes: Bytes): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function isAscii(bytes: Bytes): boolean {
  for (const b of bytes) if (b < 0x20 || b > 0x7e) return false;
  return true;
}

export function toStepValue(v: TraceValue): StepValue {
  if (v.bytes) {
    if ((ASCII_VALUES.has(v.name) || isSdJwtAsciiValue(v.name)) && isAscii(v.bytes)) return { name: v.name, label: v.label, format: 'ascii', bytes: v.bytes, text: String.fromCharCode(...v.bytes) };
    const text = READABLE_VALUES.has(v.name) ? tryText(v.bytes) : undefined;
    return { name: v.name, label: v.label, format: 'bytes', bytes: v.bytes, ...(text !== undefined && text !== '' ? { utf8: text } : {}) };
  }
  return { name: v.name, label: v.label, format: JSON_VALUES.has(v.name) ? 'json' : 'text', text: v.text ?? '' };
}

/** RFC 7515 §5.2 -> https://www.rfc-editor.org/rfc/rfc7515#section-5.2; the first RFC named wins. */
export function refLink(ref: string | undefined): { label: string; url: string } | undefined {
  if (!ref) return undefined;
  const m = /RFC\s?(\d{4})(?:\s*(?:§\s?([0-9][0-9A-Za-z.]*)|Appendix\s+([A-Z](?:\.[0-9]+)*)))?/.exec(ref);
  if (!m) return undefined;
  const [, rfc, section, appendix] = m;
  if (section) return { label: ref, url: rfcRef(Number(rfc), section.replace(/\.$/, '')).url };
  return { label: ref, url: `https://www.rfc-editor.org/rfc/rfc${rfc}${appendix ? `#appendix-${appendix}` : ''}` };
}

function find(steps: readonly TraceStep[], name: string): Bytes | undefined {
  for (const s of steps) for (const v of s.values) if (v.name === name && v.bytes) return v.bytes;
  return undefined;
}

/**
 * Derived values that make a step checkable by hand, computed from values already in the trace
 * (no crypto): the exact HMAC input of CBC-HS, A || IV || E || AL (RFC 7518 §5.2.2.1).
 */
function enrich(step: TraceStep, all: readonly TraceStep[]): StepValue[] {
  let values = step.values.map(toStepValue);
  // The final "plaintext" step repeats what decryption (or inflation) just gave: show it once, at the end.
  const final = all[all.length - 1];
  if (final && final !== step && final.id === 'plaintext') {
    const last = final.values.find((v) => v.name === 'plaintext')?.bytes;
    if (last) values = values.filter((v) => !(v.name === 'plaintext' && v.bytes && bytesEqual(v.bytes, last)));
  }
  if (step.id === 'tag-check') {
    const aad = find(all, 'aad');
    const iv = find(all, 'iv');
    const ciphertext = find(all, 'ciphertext');
    const al = step.values.find((v) => v.name === 'al')?.bytes;
    if (aad && iv && ciphertext && al) {
      const at = values.findIndex((v) => v.name === 'mac');
      values.splice(at < 0 ? values.length : at, 0, { name: 'hmacInput', label: 'HMAC input: A || IV || E || AL', format: 'bytes', bytes: concatBytes(aad, iv, ciphertext, al) });
    }
  }
  return values;
}

const SPANISH = lazyContent(() => import('./stepText.es.ts'));

/** Fetches the step titles, labels and explanations of a language once; until then learnSteps answers in English. */
export async function loadStepTexts(locale: ContentLocale): Promise<void> {
  if (locale === 'es') await Promise.all([SPANISH.load(), loadStepExplanations('es')]);
}

/** The step's words in `locale`: title, value labels and the fixed verdict words; what no rule knows stays as the engine wrote it. */
function localize(step: LearnStep, locale: ContentLocale): LearnStep {
  const es = locale === 'es' ? SPANISH.get() : undefined;
  if (!es) return step;
  const values = step.values.map((v) => {
    const label = es.valueLabelEs(v.label) ?? v.label;
    const text = v.text !== undefined && v.format === 'text' ? es.fixedTextEs(v.text) : undefined;
    return { ...v, label, ...(text !== undefined ? { text } : {}) };
  });
  const error = step.error !== undefined ? es.fixedTextEs(step.error) : undefined;
  return { ...step, heading: es.stepTitleEs(step.id, step.heading) ?? step.heading, values, ...(error !== undefined ? { error } : {}) };
}

/**
 * Maps an engine trace to the steps the screen lists. The list stops at the first failed step, which
 * keeps its values (both tags, the computed MAC...) and says why.
 *
 * @example
 * const trace = createTrace('verify'); await verify(token, key, { trace }).catch(() => {});
 * learnSteps(trace).steps.map((s) => s.heading)
 */
export function learnSteps(trace: Trace, locale: ContentLocale = 'en'): LearnSteps {
  // When the last step succeeded, earlier failures were attempts (another recipient, another key).
  const succeeded = trace.steps.length > 0 && trace.steps[trace.steps.length - 1]!.status === 'ok';
  const failed = succeeded ? -1 : trace.steps.findIndex((s) => s.status === 'failed');
  const kept = failed < 0 ? trace.steps : trace.steps.slice(0, failed + 1);
  const steps = kept.map((s): LearnStep => {
    const values = enrich(s, trace.steps);
    return localize({
      id: s.id,
      heading: s.title,
      explanation: explain(trace.operation, s, values, locale),
      ...(refLink(s.ref ?? defaultRef(trace.operation)) ? { ref: refLink(s.ref ?? defaultRef(trace.operation))! } : {}),
      values,
      status: succeeded && s.status === 'failed' ? 'skipped' : s.status,
      ...(s.error ? { error: s.error } : {}),
    }, locale);
  });
  return { operation: trace.operation, steps, ...(failed >= 0 ? { failedAt: failed } : {}) };
}

/** The value as the page prints it: the whole value, never shortened. */
export function formatBytes(bytes: Bytes, hex: boolean): string {
  return hex ? toHex(bytes) : base64urlEncode(bytes);
}

/** The text a copy button copies and a search finds, for one value in the current mode. */
export function valueText(v: StepValue, hex: boolean): string {
  if (v.bytes && v.format === 'bytes') return formatBytes(v.bytes, hex);
  if (v.format === 'ascii') return hex && v.bytes ? toHex(v.bytes) : (v.text ?? '');
  return v.text ?? '';
}
