/**
 * "Edit in Encode": the token's header and payload as the encoder's editors take them. For a JWS
 * they are the exact decoded bytes with Minify off, so signing again with the same key gives the
 * same token (for the deterministic algs) and changing one claim changes only that claim's bytes.
 */
import { inspect, type JsonObject } from '../../../jose/index.ts';
import type { EditableToken } from '../../../lib/handoffs.ts';
import type { CheckOutcome } from './check.ts';
import { tokenText, type ContentView, type DecodedView } from './view.ts';

const SERIALIZATION = { compact: 'compact', 'json-flattened': 'flattened', 'json-general': 'general' } as const;

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * The header (of signature `signatureIndex`, for a JSON serialization) and the payload of a JWS or
 * an unsecured JWS, exactly as encoded; undefined when the payload is not text (binary, detached).
 *
 * @example
 * editableJws('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.sig'); // { headerText: '{"alg":"HS256"}', payloadText: '{"sub":"a"}', minify: false, ... }
 */
export function editableJws(text: string, signatureIndex = 0): EditableToken | undefined {
  const r = inspect(text, { claims: false });
  if ((r.kind !== 'JWS' && r.kind !== 'unsecured') || !r.serialization || r.payload?.detached) return undefined;
  const header = r.segments.find((s) => s.part === 'protected' && (s.index ?? 0) === signatureIndex) ?? r.segments.find((s) => s.part === 'protected');
  const payload = r.segments.find((s) => s.part === 'payload');
  if (header?.text === undefined || payload?.text === undefined) return undefined;
  return {
    headerText: header.text,
    payloadText: payload.text,
    payloadType: isJsonObject(payload.text) ? 'json' : 'text',
    serialization: SERIALIZATION[r.serialization],
    minify: false,
  };
}

/** Members every encryption makes anew (RFC 7518 §4.6, §4.7, §4.8): they do not carry over. */
const PER_ENCRYPTION = new Set(['epk', 'iv', 'tag', 'p2s']);

/**
 * A decrypted compact JWE: its protected header without the members the next encryption makes anew,
 * and the plaintext. A new encryption never gives the same bytes, so Minify stays on.
 */
export function editableJwe(protectedHeader: JsonObject, plaintext: ContentView): EditableToken | undefined {
  if (plaintext.mode !== 'json' && plaintext.mode !== 'text') return undefined;
  const header = Object.fromEntries(Object.entries(protectedHeader).filter(([name]) => !PER_ENCRYPTION.has(name)));
  return { headerText: JSON.stringify(header, null, 2), payloadText: plaintext.text, payloadType: plaintext.mode === 'json' ? 'json' : 'text', serialization: 'compact', minify: true };
}

/**
 * The "Edit in Encode" action for what the decoder shows, or undefined when there is nothing to edit
 * (binary or detached payload, a JWE not yet decrypted). The token is read again only on click: a
 * render per keystroke must not re-inspect a large token.
 */
export function editInEncodeAction(
  view: DecodedView | undefined,
  token: string,
  outcome: CheckOutcome | undefined,
  open: (edit: EditableToken) => void,
): (() => void) | undefined {
  if (!view?.wellFormed) return undefined;
  if (view.kind === 'JWS' || view.kind === 'unsecured') {
    if (view.payload.mode !== 'json' && view.payload.mode !== 'text') return undefined;
    return () => {
      const edit = editableJws(tokenText(view, token), outcome?.signatureIndex);
      if (edit) open(edit);
    };
  }
  const header = view.header;
  const decrypted = outcome?.decrypted;
  if (view.kind !== 'JWE' || view.serialization !== 'compact' || !header || !decrypted) return undefined;
  const edit = editableJwe(header, decrypted.content);
  return edit ? () => open(edit) : undefined;
}
