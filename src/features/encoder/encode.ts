/**
 * The encoder's one operation: from what is on screen (header and claims text, key, options) to a
 * token, or to the exact reason there is none. Never throws: a failure is a result the status shows.
 */
import {
  base64urlDecode, createTrace, encrypt, isJoseError, serializeCompact, serializeJson, sign, thumbprint,
  type EncryptRecipient, type Finding, type JoseKey, type JsonObject, type Jwk, type Jwe, type Jws, type JweEnc, type SecretEncoding, type Signer, type Trace,
} from '../../jose/index.ts';
import { isEncryptAlg, selectionFromHeader, type EncoderAlg, type SignAlg } from './algorithms.ts';
import { algFindings, claimFindings, keyFindings } from './findings.ts';
import { checkFit, EncodeProblem, errorWords, jwkText, labelWords, readKey, type KeyEntry } from './keyInput.ts';
import { words, type WordValue, type Words } from '../../lib/i18n/words.ts';
import { minifyJson, parseObject } from './jsonText.ts';

export type SerializationChoice = 'compact' | 'flattened' | 'general';

export interface ExtraKey {
  alg: EncoderAlg;
  key: KeyEntry;
}

export interface EncodeInput {
  headerText: string;
  claimsText: string;
  payloadType: 'json' | 'text';
  minify: boolean;
  key: KeyEntry;
  /** The other half of a generated pair (private JWK text), so an encrypted token can be opened in the decoder. */
  companion?: string;
  serialization: SerializationChoice;
  /** Nested JWT: the claims are signed with this alg and key first, then encrypted (cty "JWT"). */
  nested?: { alg: SignAlg; key: KeyEntry };
  /** More signatures or recipients (JSON general serialization). */
  extra: ExtraKey[];
}

export interface DecodeHandoff {
  keyText: string;
  keyEncoding: SecretEncoding;
}

export type EncodeResult =
  | {
      ok: true;
      status: 'Signed' | 'Encrypted' | 'Unsecured';
      token: string;
      trace: Trace;
      findings: Finding[];
      /** What "Open in Decode" hands over; null when the key that would verify or decrypt is not here. */
      decodeKey: DecodeHandoff | null;
      kids?: string[];
      keyDescription?: string;
      keyWords?: Words;
      notes: string[];
      /** The notes as parameters, for the person's language. */
      noteWords: Words[];
    }
  | {
      ok: false; reason: string; /** The reason as parameters, for the person's language. */ reasonWords: WordValue;
      findings: Finding[]; kids?: string[]; keyDescription?: string; keyWords?: Words; /** An input is still empty: a prompt, not an error. */ waiting?: true;
    };

interface EncodeParts {
  header: JsonObject;
  headerBytes: string;
  alg: EncoderAlg;
  enc?: JweEnc;
  payload: string;
  claims?: JsonObject;
}

/** Header and payload as the bytes that will be encoded, or the JSON error at line:column. */
export function prepare(input: Pick<EncodeInput, 'headerText' | 'claimsText' | 'payloadType' | 'minify'>): EncodeParts {
  const header = parseObject(input.headerText, 'protected header');
  if (!header.ok) throw new EncodeProblem(header.message, { words: header.words });
  const selection = selectionFromHeader(header.value);
  if (selection.problem || !selection.alg) throw new EncodeProblem(selection.problem ?? 'The protected header has no "alg"', { words: selection.problemWords ?? { words: words('encode.problem.noAlgShort') } });
  let payload = input.claimsText;
  let claims: JsonObject | undefined;
  if (input.payloadType === 'json') {
    const parsed = parseObject(input.claimsText, 'claims');
    if (!parsed.ok) throw new EncodeProblem(parsed.message, { words: parsed.words });
    claims = parsed.value;
    if (input.minify) payload = minifyJson(parsed.value);
  }
  return {
    header: header.value,
    headerBytes: input.minify ? minifyJson(header.value) : input.headerText,
    alg: selection.alg,
    ...(selection.enc ? { enc: selection.enc } : {}),
    payload,
    ...(claims ? { claims } : {}),
  };
}

function engineMessage(error: unknown): string {
  if (error instanceof EncodeProblem) return error.message;
  return isJoseError(error) ? error.message : `Unexpected error: ${String(error)}`;
}

function engineWords(error: unknown): WordValue {
  if (error instanceof EncodeProblem) return error.words ?? error.message;
  return isJoseError(error) ? errorWords(error) : { words: words('encode.problem.unexpected', { error: String(error) }) };
}

/** The encoding key read and fitted to the alg (none for alg "none"), with what reading it found. */
interface MainKey {
  key: JoseKey | null;
  /** What Decode gets: the text as typed, or for a JWKS the one key chosen from it. */
  keyText: KeyEntry;
  findings: Finding[];
}

/** What the key field shows beside the key (its kids, what it was read as), kept even when it does not fit. */
interface KeyFacts {
  kids?: string[];
  keyDescription?: string;
  keyWords?: Words;
}

async function readMainKey(p: EncodeParts, entry: KeyEntry, facts: KeyFacts): Promise<MainKey> {
  if (p.alg === 'none') return { key: null, keyText: entry, findings: [] };
  const read = await readKey(entry, p.alg, p.header.kid);
  if (read.kids) facts.kids = read.kids;
  if (read.description) {
    facts.keyDescription = read.description;
    facts.keyWords = read.descriptionWords;
  }
  const fit = checkFit(read.key, p.alg);
  return {
    key: fit.key,
    keyText: read.kids ? { text: jwkText(read.key, 'private'), encoding: 'utf8' } : entry,
    findings: keyFindings([...read.findings, ...fit.findings]),
  };
}

type ExtraSigner = { alg: EncoderAlg; key: JoseKey };

/** JSON (general): the other signers' or recipients' keys; empty fields are skipped. */
async function readExtraKeys(input: EncodeInput, tokenAlg: EncoderAlg, findings: Finding[]): Promise<ExtraSigner[]> {
  const extras: ExtraSigner[] = [];
  if (input.serialization !== 'general') return extras;
  for (const [i, extra] of input.extra.entries()) {
    const label = `Key ${i + 2}`;
    if (extra.key.text.trim() === '') continue;
    if (isEncryptAlg(extra.alg) !== isEncryptAlg(tokenAlg)) {
      const kind = isEncryptAlg(extra.alg) ? 'wrap' : 'sign';
      throw new EncodeProblem(`${label}: ${extra.alg} is a ${isEncryptAlg(extra.alg) ? 'key-management' : 'signature'} algorithm, but the token is a ${isEncryptAlg(tokenAlg) ? 'JWE' : 'JWS'}`, {
        words: { words: words('encode.problem.extraKind', { label: labelWords(label), alg: extra.alg, kind, token: isEncryptAlg(tokenAlg) ? 'JWE' : 'JWS' }) },
      });
    }
    const read = await readKey(extra.key, extra.alg, undefined, label);
    try {
      const fit = checkFit(read.key, extra.alg);
      findings.push(...keyFindings(fit.findings));
      extras.push({ alg: extra.alg, key: fit.key });
    } catch (error) {
      throw new EncodeProblem(`${label}: ${engineMessage(error)}`, { words: { words: words('encode.problem.labelled', { label: labelWords(label), error: engineWords(error) }) } });
    }
  }
  return extras;
}

/** A note in English and as parameters. */
type Note = [text: string, words: Words];

type Encoded = Omit<Extract<EncodeResult, { ok: true }>, 'findings' | keyof KeyFacts>;

async function signToken(p: EncodeParts, main: MainKey, extras: ExtraSigner[], serialization: SerializationChoice): Promise<Encoded> {
  const { key } = main;
  const trace = createTrace('sign');
  const b64 = p.header.b64 !== false;
  const first: Signer = { key, alg: p.alg as SignAlg, header: p.header, headerText: p.headerBytes, allowNone: true };
  const signers: Signer[] = [first, ...extras.map((e) => ({ key: e.key, alg: e.alg as SignAlg, header: { alg: e.alg, ...(e.key.kid ? { kid: e.key.kid } : {}) } }))];
  const jws: Jws = await sign(p.payload, signers, { alg: p.alg as SignAlg, b64, allowNone: true, trace });
  const decodeKey: DecodeHandoff | null = p.alg === 'none' || !key ? null : key.type === 'secret' ? handoff(main.keyText) : { keyText: jwkText(key, 'public'), keyEncoding: 'utf8' };
  return {
    ok: true,
    status: p.alg === 'none' ? 'Unsecured' : 'Signed',
    token: serialize(jws, serialization),
    trace,
    decodeKey,
    notes: extras.length ? [`${extras.length + 1} signatures: "Open in Decode" hands over the first key, so the decoder verifies the first; give it a JWKS of all the keys to check each`] : [],
    noteWords: extras.length ? [words('encode.note.signatures', { n: extras.length + 1 })] : [],
  };
}

/** A nested JWT's payload: the claims signed first, as a compact JWS. */
async function signInner(p: EncodeParts, nested: NonNullable<EncodeInput['nested']>, findings: Finding[], notes: Note[]): Promise<string> {
  const inner = await readKey(nested.key, nested.alg, undefined, 'Signing key');
  const innerFit = nested.alg === 'none' ? { key: inner.key, findings: [] } : checkFit(inner.key, nested.alg);
  findings.push(...keyFindings(innerFit.findings));
  const jws = await sign(p.payload, innerFit.key, { alg: nested.alg, header: { alg: nested.alg, typ: 'JWT' }, allowNone: true });
  if (p.header.cty !== 'JWT') notes.push(['A nested JWT should say "cty": "JWT" in the JWE header (RFC 7519 §5.2)', words('encode.note.nestedCty')]);
  return serializeCompact(jws);
}

async function encryptToken(p: EncodeParts, main: MainKey, extras: ExtraSigner[], input: EncodeInput, findings: Finding[]): Promise<Encoded> {
  const key = main.key!;
  const notes: Note[] = [];
  const plaintext = input.nested ? await signInner(p, input.nested, findings, notes) : p.payload;
  const trace = createTrace('encrypt');
  const enc = p.enc!;
  const zip = p.header.zip === 'DEF' ? ('DEF' as const) : undefined;
  const p2c = typeof p.header.p2c === 'number' ? p.header.p2c : undefined;
  const p2s = typeof p.header.p2s === 'string' ? base64urlDecode(p.header.p2s) : undefined;
  const hooks = { ...(p2c !== undefined ? { p2c } : {}), ...(p2s ? { p2s } : {}) };
  let jwe: Jwe;
  if (extras.length) {
    const { alg: _alg, ...shared } = p.header;
    const recipients: EncryptRecipient[] = [{ key, alg: p.alg as EncryptRecipient['alg'], ...hooks }, ...extras.map((e) => ({ key: e.key, alg: e.alg as EncryptRecipient['alg'] }))];
    jwe = await encrypt(plaintext, recipients, { enc, header: shared, ...(zip ? { zip } : {}), trace });
    notes.push(['With several recipients each "alg" goes in its recipient\'s header, so the protected header is re-serialized', words('encode.note.recipients')]);
  } else {
    jwe = await encrypt(plaintext, key, { alg: p.alg as EncryptRecipient['alg'], enc, header: p.header, protectedHeaderText: p.headerBytes, ...(zip ? { zip } : {}), ...hooks, trace });
  }
  const decodeKey = await decryptionKey(key, main.keyText, input.companion);
  if (!decodeKey) notes.push(['This is a public key: "Open in Decode" can show the token but not decrypt it without the private key', words('encode.note.publicKey')]);
  return { ok: true, status: 'Encrypted', token: serialize(jwe, input.serialization), trace, decodeKey, notes: notes.map(([text]) => text), noteWords: notes.map(([, w]) => w) };
}

/** Signs or encrypts; every reason for producing nothing comes back in `reason`. */
export async function encodeToken(input: EncodeInput): Promise<EncodeResult> {
  const findings: Finding[] = [];
  const facts: KeyFacts = {};
  try {
    const p = prepare(input);
    findings.push(...algFindings(p.alg, p.header));
    if (p.claims) findings.push(...claimFindings(p.claims));
    const main = await readMainKey(p, input.key, facts);
    findings.push(...main.findings);
    const extras = await readExtraKeys(input, p.alg, findings);
    const encoded = isEncryptAlg(p.alg) ? await encryptToken(p, main, extras, input, findings) : await signToken(p, main, extras, input.serialization);
    return { ...encoded, findings, ...facts };
  } catch (error) {
    const waiting = error instanceof EncodeProblem && error.waiting;
    return { ok: false, reason: engineMessage(error), reasonWords: engineWords(error), findings, ...facts, ...(waiting ? { waiting } : {}) };
  }
}

function serialize(x: Jws | Jwe, serialization: SerializationChoice): string {
  if (serialization === 'compact') return serializeCompact(x);
  return serializeJson(x, { flattened: serialization === 'flattened', space: 2 });
}

function handoff(entry: KeyEntry): DecodeHandoff {
  return { keyText: entry.text, keyEncoding: entry.encoding };
}

/** The key that decrypts: a symmetric key as typed, the private key pasted, or the generated pair's private half. */
async function decryptionKey(key: JoseKey, entry: KeyEntry, companion: string | undefined): Promise<DecodeHandoff | null> {
  if (key.type === 'secret') return handoff(entry);
  // checkFit gave the public half of a pasted private key: the text itself is the private key then.
  const pasted = entry.text.trim();
  if (/"d"\s*:/.test(pasted) || /PRIVATE KEY-----/.test(pasted)) return handoff(entry);
  if (companion) {
    const other = JSON.parse(companion) as JsonObject;
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicPart } = other;
    if ((await thumbprint(publicPart as Jwk)) === (await thumbprint(key))) return { keyText: companion, keyEncoding: 'utf8' };
  }
  return null;
}
