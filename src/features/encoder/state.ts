/**
 * The Encode screen's state and every change to it, as a pure reducer (unit-tested). The header
 * text is the one source of truth for alg/enc and the header options (b64, zip, cty, kid): the
 * selects and checkboxes read it and, when used, edit it in place.
 */
import type { JsonValue, JweEnc, SecretEncoding } from '../../jose/index.ts';
import type { EncoderHandoff } from '../../lib/handoffs.ts';
import { critWithout, headerForSelection, isEncoderAlg, isEncryptAlg, selectionFromHeader, type EncoderAlg, type SignAlg } from './algorithms.ts';
import { TEMPLATES, type TemplateId } from './claims.ts';
import type { ExtraKey, SerializationChoice } from './encode.ts';
import { parseObject, setMember, setMembers } from './jsonText.ts';
import type { KeyEntry } from './keyInput.ts';

export interface GeneratedPair {
  alg: string;
  /** JWK text of the public key (pairs only). */
  publicJwk?: string;
  /** JWK text of the private key or secret. */
  privateJwk: string;
  password?: string;
  ms: number;
}

export interface EncoderState {
  headerText: string;
  claimsText: string;
  payloadType: 'json' | 'text';
  minify: boolean;
  /** What the selects show while the header cannot say (invalid JSON, no alg). */
  lastAlg: EncoderAlg;
  lastEnc: JweEnc;
  key: KeyEntry;
  generated?: GeneratedPair;
  serialization: SerializationChoice;
  nested: { enabled: boolean; alg: SignAlg; key: KeyEntry };
  extra: ExtraKey[];
  /** What the person had before another screen handed work over, until restored or dismissed. */
  replaced?: { previous: EncoderState; from: EncoderHandoff['from'] | 'Template' };
}

export type EncoderAction =
  | { type: 'alg'; alg: EncoderAlg }
  | { type: 'enc'; enc: JweEnc }
  | { type: 'header'; text: string }
  | { type: 'claims'; text: string }
  | { type: 'payloadType'; payloadType: 'json' | 'text' }
  | { type: 'minify'; minify: boolean }
  | { type: 'claim'; name: string; value: JsonValue | undefined }
  | { type: 'headerMember'; name: string; value: JsonValue | undefined }
  | { type: 'template'; id: TemplateId; now: number }
  | { type: 'key'; patch: Partial<KeyEntry> }
  | { type: 'generated'; generated: GeneratedPair; keyText: string; encoding: SecretEncoding }
  | { type: 'serialization'; serialization: SerializationChoice }
  | { type: 'b64'; unencoded: boolean }
  | { type: 'zip'; on: boolean }
  | { type: 'nested'; patch: Partial<{ enabled: boolean; alg: SignAlg; key: Partial<KeyEntry> }> }
  | { type: 'extra'; index: number; patch: Partial<{ alg: EncoderAlg; key: Partial<KeyEntry> }> }
  | { type: 'addExtra' }
  | { type: 'removeExtra'; index: number }
  | { type: 'handoff'; handoff: EncoderHandoff }
  | { type: 'restore' }
  | { type: 'dismissReplaced' };

const pretty = (value: Record<string, JsonValue>) => JSON.stringify(value, null, 2);

export function initialState(now: number): EncoderState {
  return {
    headerText: pretty({ alg: 'HS256', typ: 'JWT' }),
    claimsText: pretty({ sub: '1234567890', name: 'Jane Doe', iat: now, exp: now + 3600 }),
    payloadType: 'json',
    minify: true,
    lastAlg: 'HS256',
    lastEnc: 'A256GCM',
    key: { text: '', encoding: 'utf8' },
    serialization: 'compact',
    nested: { enabled: false, alg: 'ES256', key: { text: '', encoding: 'utf8' } },
    extra: [],
  };
}

/** The alg and enc the selects show: the header's when it says, else the last ones it said. */
export function selectedAlgorithms(state: EncoderState): { alg: EncoderAlg; enc: JweEnc; problem?: string } {
  const parsed = parseObject(state.headerText, 'protected header');
  if (!parsed.ok) return { alg: state.lastAlg, enc: state.lastEnc };
  const selection = selectionFromHeader(parsed.value);
  return { alg: selection.alg ?? state.lastAlg, enc: selection.enc ?? state.lastEnc, ...(selection.problem ? { problem: selection.problem } : {}) };
}

/** Header options read from the header text (the checkboxes show these). */
export function headerOptions(headerText: string): { unencoded: boolean; zip: boolean; nested: boolean } {
  const parsed = parseObject(headerText, 'protected header');
  if (!parsed.ok) return { unencoded: false, zip: false, nested: false };
  return { unencoded: parsed.value.b64 === false, zip: parsed.value.zip === 'DEF', nested: parsed.value.cty === 'JWT' };
}

function withHeader(state: EncoderState, text: string | null): EncoderState {
  return text === null ? state : remember({ ...state, headerText: text });
}

/** Keeps lastAlg/lastEnc in step with the header whenever it says them. */
function remember(state: EncoderState): EncoderState {
  const parsed = parseObject(state.headerText, 'protected header');
  if (!parsed.ok) return state;
  const selection = selectionFromHeader(parsed.value);
  return { ...state, ...(selection.alg ? { lastAlg: selection.alg } : {}), ...(selection.enc ? { lastEnc: selection.enc } : {}) };
}

function chooseAlg(state: EncoderState, alg: EncoderAlg): EncoderState {
  const { enc } = selectedAlgorithms(state);
  const text = headerForSelection(state.headerText, alg, enc);
  // An invalid header is not rewritten; the select remembers the choice until the header parses.
  if (text === null) return { ...state, lastAlg: alg };
  const next = remember({ ...state, headerText: text });
  return isEncryptAlg(alg) ? next : { ...next, nested: { ...next.nested, enabled: false } };
}

function chooseEnc(state: EncoderState, enc: JweEnc): EncoderState {
  const { alg } = selectedAlgorithms(state);
  if (!isEncryptAlg(alg)) return { ...state, lastEnc: enc };
  const text = setMember(state.headerText, 'enc', enc);
  return text === null ? { ...state, lastEnc: enc } : remember({ ...state, headerText: text });
}

function applyTemplate(state: EncoderState, id: TemplateId, now: number): EncoderState {
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template) return state;
  const { replaced: _replaced, ...previous } = state;
  let headerText: string | null = state.headerText;
  if (template.exactHeader) headerText = template.exactHeader;
  else if (template.header) headerText = setMembers(state.headerText, template.header);
  return remember({
    ...state,
    headerText: headerText ?? state.headerText,
    claimsText: template.claims(now),
    payloadType: 'json',
    ...(template.minify !== undefined ? { minify: template.minify } : {}),
    ...(template.secret !== undefined ? { key: { text: template.secret, encoding: 'utf8' as const }, generated: undefined } : {}),
    // A template replaces the claims (and may replace the header and key): one click brings them back.
    replaced: { previous, from: 'Template' },
  });
}

/** b64: false (RFC 7797) must be listed in crit; turning it off takes it out of both. */
function setUnencoded(state: EncoderState, unencoded: boolean): EncoderState {
  if (unencoded) {
    const parsed = parseObject(state.headerText, 'protected header');
    const crit = parsed.ok && Array.isArray(parsed.value.crit) ? (parsed.value.crit as JsonValue[]) : [];
    return withHeader(state, setMembers(state.headerText, { b64: false, crit: crit.includes('b64') ? crit : [...crit, 'b64'] }));
  }
  return withHeader(state, setMembers(state.headerText, { b64: undefined, ...critWithout(state.headerText, 'b64') }));
}

/** Turning the nested JWT on or off also sets or clears "cty": "JWT" in the header. */
function patchNested(state: EncoderState, patch: Extract<EncoderAction, { type: 'nested' }>['patch']): EncoderState {
  const { key, ...rest } = patch;
  const nested = { ...state.nested, ...rest, key: { ...state.nested.key, ...key } };
  const next: EncoderState = { ...state, nested };
  return rest.enabled === undefined ? next : withHeader(next, setMember(next.headerText, 'cty', rest.enabled ? 'JWT' : undefined));
}

export function encoderReducer(state: EncoderState, action: EncoderAction): EncoderState {
  switch (action.type) {
    case 'alg':
      return chooseAlg(state, action.alg);
    case 'enc':
      return chooseEnc(state, action.enc);
    case 'header':
      return remember({ ...state, headerText: action.text });
    case 'claims':
      return { ...state, claimsText: action.text };
    case 'payloadType':
      return { ...state, payloadType: action.payloadType };
    case 'minify':
      return { ...state, minify: action.minify };
    case 'claim': {
      const text = setMember(state.claimsText, action.name, action.value);
      return text === null ? state : { ...state, claimsText: text, payloadType: 'json' };
    }
    case 'headerMember':
      return withHeader(state, setMember(state.headerText, action.name, action.value));
    case 'template':
      return applyTemplate(state, action.id, action.now);
    case 'key':
      return { ...state, key: { ...state.key, ...action.patch } };
    case 'generated':
      return { ...state, generated: action.generated, key: { text: action.keyText, encoding: action.encoding } };
    case 'serialization':
      return { ...state, serialization: action.serialization };
    case 'b64':
      return setUnencoded(state, action.unencoded);
    case 'zip':
      return withHeader(state, setMember(state.headerText, 'zip', action.on ? 'DEF' : undefined));
    case 'nested':
      return patchNested(state, action.patch);
    case 'extra':
      return {
        ...state,
        extra: state.extra.map((e, i) => (i === action.index ? { alg: action.patch.alg ?? e.alg, key: { ...e.key, ...action.patch.key } } : e)),
      };
    case 'addExtra': {
      const { alg } = selectedAlgorithms(state);
      return { ...state, extra: [...state.extra, { alg, key: { text: '', encoding: 'utf8' } }] };
    }
    case 'removeExtra':
      return { ...state, extra: state.extra.filter((_, i) => i !== action.index) };
    case 'handoff':
      return receive(state, action.handoff);
    case 'restore':
      return state.replaced ? state.replaced.previous : state;
    case 'dismissReplaced': {
      const { replaced: _replaced, ...rest } = state;
      return rest;
    }
  }
}

/**
 * A key from Keys (with its alg when known), or a token's header, payload and key from Decode, in
 * place of what was here; what was here is kept in `replaced` for "Restore".
 */
function receive(state: EncoderState, handoff: EncoderHandoff): EncoderState {
  const { replaced: _replaced, ...previous } = state;
  let next: EncoderState = previous;
  if (handoff.alg && isEncoderAlg(handoff.alg)) next = encoderReducer(next, { type: 'alg', alg: handoff.alg });
  const token = handoff.token;
  if (token) {
    next = remember({
      ...next,
      headerText: token.headerText,
      claimsText: token.payloadText,
      payloadType: token.payloadType,
      minify: token.minify,
      serialization: token.serialization,
      nested: { ...next.nested, enabled: false },
      extra: [],
    });
  }
  const { generated: _generated, ...withoutPair } = next;
  return { ...withoutPair, key: { text: handoff.keyText, encoding: handoff.keyEncoding }, replaced: { previous, from: handoff.from } };
}
