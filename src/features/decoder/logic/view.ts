/**
 * What the Decode screen shows of a token, computed from inspect() (no crypto). Plain data that
 * crosses a worker boundary cheaply: no copy of the input text, pretty JSON already made, large
 * binary shown as a bounded hex dump.
 */
import {
  inspect,
  type Finding,
  type InspectNotice,
  type InspectResult,
  type JsonObject,
  type SegmentName,
  type Serialization,
  type TokenKind,
} from '../../../jose/index.ts';
import { hexDump, prettyJson } from '../../../jose/index.ts';
import { classificationOf, type Classification } from './classification.ts';

export interface ViewSegment {
  id: number;
  name: SegmentName;
  label: string;
  start: number;
  end: number;
  /** Decoded size in bytes, when the segment decodes. */
  size?: number;
  ok: boolean;
  /** Which signature or recipient (JSON serializations). */
  index?: number;
}

export interface ViewProblem {
  code: string;
  /** False for notes that do not stop verify / decrypt (escaped JSON strings, a deep payload). */
  blocking: boolean;
  message: string;
  offset: number;
  length: number;
  segment?: SegmentName;
}

export interface ContentView {
  mode: 'json' | 'text' | 'hex' | 'encrypted' | 'detached' | 'none';
  text: string;
  /** Bytes of content (the plaintext or payload). */
  size?: number;
}

export interface PartySummary {
  index: number;
  alg?: string;
  kid?: string;
  /** Signature bytes (JWS) or encrypted key bytes (JWE). */
  size: number;
  header: JsonObject;
}

export interface DecodedView {
  /** Length of the input this view was computed from (a cheap staleness check). */
  inputLength: number;
  kind: TokenKind;
  serialization?: Serialization;
  reason: string;
  /** What the reason is made of, so the page can word it in the person's language (absent: only the English is known). */
  classification?: Classification;
  /** The token without the trimmed Bearer / quotes / whitespace: what verify and decrypt get. */
  start: number;
  end: number;
  /** The token read when whitespace inside it was removed (then it is not input.slice(start, end)). */
  cleanedToken?: string;
  /** JWS or JWE by structure (segments, JSON members), also when "alg" is unknown. */
  structure?: 'JWS' | 'JWE';
  notices: InspectNotice[];
  segments: ViewSegment[];
  problems: ViewProblem[];
  findings: Finding[];
  header?: JsonObject;
  headerText?: string;
  /** Raw JSON text of each top-level header member's value, in the header's decoded text. */
  headerSources: Record<string, string>;
  payload: ContentView;
  /** The claims the page explains: all of them, or the first CLAIMS_IN_VIEW and the time claims. */
  claims?: JsonObject;
  /** How many claims the payload has, when `claims` holds only some of them. */
  claimCount?: number;
  claimSources: Record<string, string>;
  encrypted?: { encryptedKey: number; iv: number; ciphertext: number; tag: number; aad?: number };
  signatures?: PartySummary[];
  recipients?: PartySummary[];
  /** The text is a serialization verify/decrypt can read (no blocking problem). */
  wellFormed: boolean;
}

/**
 * A claims set with more members than this reaches the page in part: half a million members cost
 * the page a long task to receive from the worker and nobody reads them as a table (the Payload
 * view shows them all). The time claims always come along: the verdict reads them.
 */
export const CLAIMS_IN_VIEW = 200;
const TIME_CLAIMS = ['exp', 'nbf', 'iat'];

function claimsInView(claims: JsonObject | undefined, sources: Record<string, string>): Pick<DecodedView, 'claims' | 'claimCount' | 'claimSources'> {
  if (!claims) return { claimSources: sources };
  const names = Object.keys(claims);
  if (names.length <= CLAIMS_IN_VIEW) return { claims, claimSources: sources };
  const kept = new Set([...names.slice(0, CLAIMS_IN_VIEW), ...TIME_CLAIMS.filter((n) => Object.hasOwn(claims, n))]);
  const part: JsonObject = {};
  const partSources: Record<string, string> = {};
  for (const name of kept) {
    part[name] = claims[name]!;
    if (sources[name] !== undefined) partSources[name] = sources[name];
  }
  return { claims: part, claimCount: names.length, claimSources: partSources };
}

function sources(r: InspectResult, part: 'protected' | 'payload'): Record<string, string> {
  const seg = r.segments.find((s) => s.part === part);
  const out: Record<string, string> = {};
  if (!seg?.json || seg.text === undefined) return out;
  for (const m of seg.json.topMembers) {
    if (m.path.length === 1 && m.name !== undefined) out[m.name] = seg.text.slice(m.valueText.start, m.valueText.end);
  }
  return out;
}

/** Shows content bytes as pretty JSON, text or hex, whichever they are. */
export function contentView(bytes: Uint8Array | undefined, text: string | undefined): ContentView {
  if (!bytes) return { mode: 'none', text: '' };
  if (text !== undefined) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      const pretty = prettyJson(text);
      if (pretty !== undefined) return { mode: 'json', text: pretty, size: bytes.length };
    }
    return { mode: 'text', text, size: bytes.length };
  }
  return { mode: 'hex', text: hexDump(bytes), size: bytes.length };
}

function isBlocking(p: InspectResult['problems'][number]): boolean {
  return p.code !== 'JSON_ESCAPES' && !(p.code === 'JSON_LIMIT' && p.segment === 'payload');
}

export function buildView(r: InspectResult): DecodedView {
  const headerSeg = r.segments.find((s) => s.part === 'protected') ?? r.segments.find((s) => s.part === 'header' || s.part === 'unprotected');
  // Compact: the header exactly as written (digits, escapes, order); JSON serializations merge headers.
  const asWritten = r.serialization === 'compact' && headerSeg?.text !== undefined ? prettyJson(headerSeg.text) : undefined;
  const headerText = r.header ? (asWritten ?? JSON.stringify(r.header, null, 2)) : undefined;
  let payload: ContentView;
  if (r.kind === 'JWE') {
    const e = r.encrypted;
    payload = { mode: 'encrypted', text: e ? `Encrypted: ${e.ciphertext} bytes of ciphertext (plus a ${e.tag}-byte tag, a ${e.iv}-byte IV${e.encryptedKey ? ` and a ${e.encryptedKey}-byte encrypted key` : ''}). Give the key to decrypt it.` : 'Encrypted.' };
  } else if (r.payload?.detached) {
    payload = { mode: 'detached', text: 'The payload is detached (empty in the token): RFC 7515 Appendix F.' };
  } else {
    payload = contentView(r.payload?.bytes, r.payload?.text);
  }
  const wellFormed = (r.jws !== undefined || r.jwe !== undefined) && !r.problems.some(isBlocking);
  const classification = classificationOf(r);
  return {
    inputLength: r.input.length,
    kind: r.kind,
    ...(r.serialization ? { serialization: r.serialization } : {}),
    reason: r.reason,
    ...(classification ? { classification } : {}),
    start: r.start,
    end: r.end,
    ...(r.text.length !== r.end - r.start ? { cleanedToken: r.text } : {}),
    ...structureOf(r),
    notices: r.notices,
    segments: r.segments.map((s) => ({
      id: s.id,
      name: s.name,
      label: s.label,
      start: s.start,
      end: s.end,
      ok: s.ok,
      ...(s.bytes ? { size: s.bytes.length } : {}),
      ...(s.index !== undefined ? { index: s.index } : {}),
    })),
    problems: r.problems.map((p) => ({ code: p.code, blocking: isBlocking(p), message: p.message, offset: p.offset, length: p.length, ...(p.segment ? { segment: p.segment } : {}) })),
    findings: r.findings,
    ...(r.header ? { header: r.header } : {}),
    ...(headerText !== undefined ? { headerText } : {}),
    headerSources: sources(r, 'protected'),
    payload,
    ...claimsInView(r.claims, r.kind === 'JWE' ? {} : sources(r, 'payload')),
    ...(r.encrypted ? { encrypted: r.encrypted } : {}),
    ...(r.signatures ? { signatures: r.signatures.map((s) => ({ index: s.index, ...(s.alg ? { alg: s.alg } : {}), ...(s.kid ? { kid: s.kid } : {}), size: s.size, header: s.header })) } : {}),
    ...(r.recipients ? { recipients: r.recipients.map((s) => ({ index: s.index, ...(s.alg ? { alg: s.alg } : {}), ...(s.kid ? { kid: s.kid } : {}), size: s.encryptedKeySize, header: s.header })) } : {}),
    wellFormed,
  };
}

function structureOf(r: InspectResult): { structure?: 'JWS' | 'JWE' } {
  if (r.jwe || r.segments.some((s) => s.part === 'ciphertext')) return { structure: 'JWE' };
  if (r.jws || r.segments.some((s) => s.part === 'signature')) return { structure: 'JWS' };
  return {};
}

export { tokenText } from './tokenText.ts';

/**
 * inspect + buildView, never throwing: a bug shows as a problem, not a blank pane. The worker passes
 * its token session's inspection (`read`), so the token is read once for every screen.
 */
export function decodeView(text: string, read: (text: string) => InspectResult = inspect): DecodedView {
  try {
    return buildView(read(text));
  } catch (error) {
    return {
      inputLength: text.length,
      kind: 'not-a-token',
      reason: 'The decoder stopped',
      start: 0,
      end: text.length,
      notices: [],
      segments: [],
      problems: [{ code: 'INTERNAL', blocking: true, message: `The decoder stopped: ${(error as Error)?.message ?? String(error)}`, offset: 0, length: 0 }],
      findings: [],
      headerSources: {},
      payload: { mode: 'none', text: '' },
      claimSources: {},
      wellFormed: false,
    };
  }
}
