/**
 * The engine's messages in the reader's language. The engine keeps its English messages and stable
 * codes; a finding, reading problem or JoseError also carries `params`, the values its message
 * interpolates (and a JoseError its segment, offset and details), so the Spanish text here is built
 * from the same values as the English: which segment, which character, how many bytes, which alg.
 * English is always the engine's own message. Spanish is fetched once (loadEngineMessages('es'));
 * until it arrives, and for any code it would not know, the English message is returned.
 */
import type { JoseErrorCode, SegmentName } from '../../../jose/index.ts';
import { lazyContent, type ContentLocale } from './locale.ts';
import type { MessageParams } from '../../../jose/index.ts';

const SPANISH = lazyContent(() => import('./engine-messages.es.ts'));

/** Fetches the engine messages of a language once; until it resolves, the functions below answer in English. */
export async function loadEngineMessages(locale: ContentLocale): Promise<void> {
  if (locale === 'es') await SPANISH.load();
}

/** A finding (Finding) as the engine reports it: only what the translation reads. */
export interface FindingLike {
  code: string;
  message: string;
  params?: MessageParams;
}

/** A reading problem (InspectProblem) or a JoseError (or its { code, message, ... } copy from a worker). */
export interface ErrorLike {
  code: string;
  message: string;
  segment?: SegmentName | undefined;
  offset?: number | undefined;
  details?: Readonly<Record<string, unknown>> | undefined;
  params?: MessageParams | undefined;
}

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);

/** Details that are plain values (a limit, an alg) can fill a message; objects and lists stay out. */
function plainDetails(details: ErrorLike['details']): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(details ?? {})) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  return out;
}

/**
 * A finding's message in `locale`.
 *
 * @example
 * await loadEngineMessages('es');
 * findingMessage({ code: 'KEY_RSA_SHORT', message: 'The RSA key is 1024 bits; …', params: { bits: 1024 } }, 'es');
 * // 'La clave RSA tiene 1024 bits; el RFC 7518 exige al menos 2048'
 */
export function findingMessage(finding: FindingLike, locale: ContentLocale): string {
  const es = locale === 'es' ? SPANISH.get() : undefined;
  const f = es && own(es.FINDINGS_ES, finding.code);
  return f ? f(finding.params ?? {}) : finding.message;
}

/** Where in the token, in Spanish: " (en la firma, carácter 42)". */
function whereEs(segments: Readonly<Record<SegmentName, string>>, segment: SegmentName | undefined, offset: number | undefined): string {
  const parts = [segment ? `en ${segments[segment]}` : '', offset !== undefined ? `carácter ${offset.toLocaleString('es')}` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * A reading problem's message (inspect()'s `problems`) in `locale`, with its segment and character offset.
 *
 * @example
 * problemMessage(inspect('a.b').problems[0], 'es'); // 'Un token compacto tiene 3 partes (JWS) o 5 (JWE); este tiene 2 (carácter 0)'
 */
export function problemMessage(problem: ErrorLike, locale: ContentLocale): string {
  const es = locale === 'es' ? SPANISH.get() : undefined;
  const f = es && own(es.PROBLEMS_ES, problem.code);
  if (!es || !f) return problem.message;
  const segmentName = problem.segment ? es.SEGMENTS_ES[problem.segment] : undefined;
  return f({ ...plainDetails(problem.details), ...problem.params, ...(segmentName ? { segmentName } : {}) }) + whereEs(es.SEGMENTS_ES, undefined, problem.offset);
}

/**
 * A JoseError's message in `locale`: the sentence for its code filled from its params (and plain
 * details), then where it happened (segment and character offset).
 *
 * @example
 * errorMessage(error, 'es'); // 'La firma HS256 no coincide con la entrada de firma y la clave (en la firma)'
 */
export function errorMessage(error: ErrorLike, locale: ContentLocale): string {
  const es = locale === 'es' ? SPANISH.get() : undefined;
  // An error raised for a finding (a crit rule, a truncated MAC) says what that finding says.
  const finding = es && typeof error.params?.finding === 'string' ? own(es.FINDINGS_ES, error.params.finding) : undefined;
  const f = finding ?? (es && own(es.ERRORS_ES, error.code));
  if (!es || !f) return error.message;
  const segmentName = error.segment ? es.SEGMENTS_ES[error.segment] : undefined;
  return f({ ...plainDetails(error.details), ...error.params, ...(segmentName ? { segmentName } : {}) }) + whereEs(es.SEGMENTS_ES, error.segment, error.offset);
}

/** A notice of inspect() (whitespace, quotes, "Bearer " removed) in `locale`. */
export function noticeMessage(notice: { code: string; message: string }, locale: ContentLocale): string {
  const es = locale === 'es' ? SPANISH.get() : undefined;
  return (es && own(es.NOTICES_ES, notice.message)) ?? notice.message;
}

/** A short summary for a code alone ("la firma no es válida"), where only the code is known. */
export function errorSummary(code: JoseErrorCode, locale: ContentLocale): string | undefined {
  const es = locale === 'es' ? SPANISH.get() : undefined;
  return es ? own(es.ERROR_SUMMARY_ES, code) : undefined;
}
