/**
 * The crypto half of the decoder: read the Key input, then verify (JWS) or decrypt (JWE) and say
 * exactly what happened. Runs in the token session worker (src/app/session/tokenSession.worker.ts), so the engine's
 * crypto never weighs on the first load and a slow PBES2 can be stopped; returns plain data.
 */
import {
  JWE_ALGS,
  decrypt,
  importKey,
  isJoseError,
  validateClaims,
  verify,
  type Finding,
  type JoseKey,
  type JoseKeySet,
  type ParsedToken,
  type JsonObject,
  type SecretEncoding,
  type KeyFormat,
} from '../../../jose/index.ts';
import { keyImportOptions } from '../../../lib/keyImport.ts';
import { keyFormatPhrase } from '../../../lib/keyFormats.ts';
import { partyVerdicts, type PartyVerdict } from './parties.ts';
import { failure, keyRequired, type KidPair, type ResultText } from './result.ts';
import { checkSdJwt, type SdJwtReport } from '../sd-jwt/report.ts';
import { contentView, type ContentView } from './view.ts';
import { JWE_ALG_INFO, JWS_ALG_INFO, isJweAlg, isJwsAlg } from '../../../jose/index.ts';
import { acceptedByDebugger, algorithmConfusion, decryptedVerdict, keyWords, prettyJson, triedKeyWords, verifiedVerdict } from '../../../jose/index.ts';
import { keyFacts, triedFacts } from '../../../lib/i18n/verdict-facts.ts';
import type { KeyFacts } from '../../../lib/i18n/verdict-types.ts';
import type { OutcomeFacts } from '../../../lib/i18n/verdict-core.ts';

export interface CheckRequest {
  /** The token as inspect trimmed it (no Bearer, quotes or whitespace). */
  token: string;
  kind: 'JWS' | 'JWE';
  /** An SD-JWT (RFC 9901): verified with verifySdJwt (the Issuer's signature, every Disclosure, the KB-JWT), or decoded without a key. */
  sdJwt?: boolean;
  header?: JsonObject;
  keyText: string;
  encoding: SecretEncoding;
  maxPbes2Count: number;
}

export interface KeySummary {
  /** "an RSA 2048-bit public key (kid "a"), from a PEM (SPKI)". */
  description: string;
  /** What the description is made of, so the page can word it in the person's language. */
  words: KeySummaryWords;
  findings: Finding[];
}

/** The facts of a KeySummary's description: a JWKS's keys, or one key with where it was read from. */
export type KeySummaryWords =
  | { set: KeyFacts[] }
  | { key: KeyFacts; from: KeyFormat; encoding: SecretEncoding; cert?: { subject: string; notBefore: string; notAfter: string } };

export interface CheckOutcome extends ResultText {
  /** What the reason is made of, so the page can word it in the person's language. */
  facts?: OutcomeFacts;
  key?: KeySummary;
  findings: Finding[];
  signatureIndex?: number;
  recipientIndex?: number;
  /** A JSON serialization with several signatures or recipients: the verdict of each. */
  parties?: PartyVerdict[];
  /** The token's kid and the key's, when the one key given verified or decrypted under another kid. */
  kids?: KidPair;
  decrypted?: {
    header: JsonObject;
    content: ContentView;
    claims?: JsonObject;
    claimSources: Record<string, string>;
    /** cty "JWT": the inner token to open in place. */
    nestedToken?: string;
  };
  /** An SD-JWT: the disclosure tree, each Disclosure and the KB-JWT checks (features/decoder/sd-jwt). */
  sdJwt?: SdJwtReport;
  /** A PBES2 "p2c" above the cap: the UI offers to raise it. */
  limit?: { member: string; value: number; cap: number };
}

function summarize(key: JoseKey | JoseKeySet, encoding: SecretEncoding): KeySummary {
  if (key.type === 'set') {
    const list = key.keys.map(keyWords).join('; ');
    return { description: `a JWKS of ${key.keys.length} key${key.keys.length === 1 ? '' : 's'}: ${list}`, words: { set: key.keys.map(keyFacts) }, findings: [...key.findings] };
  }
  const from = key.format === 'secret' ? `a raw secret read as ${encoding}` : keyFormatPhrase(key.format);
  const c = key.certificate;
  const cert = c ? `; certificate for ${c.subject}, valid ${c.notBefore} to ${c.notAfter}` : '';
  const words: KeySummaryWords = { key: keyFacts(key), from: key.format, encoding, ...(c ? { cert: { subject: c.subject, notBefore: c.notBefore, notAfter: c.notAfter } } : {}) };
  return { description: `${keyWords(key)}, from ${from}${cert}`, words, findings: [...key.findings] };
}

function isPublicKeyFamily(key: JoseKey | JoseKeySet): boolean {
  const keys = key.type === 'set' ? key.keys : [key];
  return keys.some((k) => k.kty !== 'oct');
}

function kidPair(header: JsonObject, key: JoseKey): { kids?: KidPair } {
  return typeof header.kid === 'string' && key.kid !== undefined && key.kid !== header.kid ? { kids: { token: header.kid, key: key.kid } } : {};
}

function sourcesOf(text: string | undefined): Record<string, string> {
  // Digits exactly as written, for the claims table: read top-level members off the pretty text.
  const out: Record<string, string> = {};
  if (text === undefined) return out;
  const pretty = prettyJson(text);
  if (!pretty) return out;
  for (const line of pretty.split('\n')) {
    const m = /^ {2}("(?:[^"\\]|\\.)*"): (-?[0-9][-+.0-9eE]*),?$/.exec(line);
    if (m) {
      try {
        out[JSON.parse(m[1]!) as string] = m[2]!;
      } catch {
        // A name that does not parse is simply not listed.
      }
    }
  }
  return out;
}

/**
 * What verify and decrypt are given for the token text: the text, or a reading of it the caller
 * already holds (the token session worker's, so the token is parsed once for decode and check).
 */
export type TokenReader = (text: string) => string | ParsedToken;

/**
 * Reads the key and verifies or decrypts; never throws. The reason always says which key was
 * tried and, for a JWE, which step failed.
 *
 * @example
 * await checkToken({ token, kind: 'JWS', keyText: 'notsosecret', encoding: 'utf8', maxPbes2Count: 10000 })
 * // { status: 'Signature verified', reason: 'HS256 signature checked with a 11-byte shared secret, ...' }
 */
export async function checkToken(req: CheckRequest, read: TokenReader = (text) => text): Promise<CheckOutcome> {
  const outcome = await checkWhole(req, read);
  if (!outcome.importedKey) return outcome;
  const parties = await partyVerdicts(req.token, outcome.importedKey, req.maxPbes2Count);
  const { importedKey: _key, ...plain } = outcome;
  return parties ? { ...plain, parties } : plain;
}

/** An error's details that are plain values (what the Spanish message may interpolate); the rest may not clone. */
function plainDetails(details: Readonly<Record<string, unknown>> | undefined): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(details ?? {})) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  return out;
}

type WholeOutcome = CheckOutcome & { importedKey?: JoseKey | JoseKeySet };

/** The token as a whole: the engine's verify or decrypt with every key given. */
async function checkWhole(req: CheckRequest, read: TokenReader): Promise<WholeOutcome> {
  if (req.sdJwt && req.keyText.trim() === '') {
    // Without the Issuer's key the Disclosures region still shows every digest, Disclosure and KB-JWT check.
    const c = await checkSdJwt(req.token, undefined);
    return { ...keyRequired('JWS', req.header), findings: c.findings, sdJwt: c.report };
  }
  const imported = await readKey(req);
  if ('unreadable' in imported) return imported.unreadable;
  const { key } = imported;
  const summary = summarize(key, req.encoding);
  try {
    if (req.sdJwt) {
      const c = await checkSdJwt(req.token, key, triedKeyWords(key, req.header, 'verify'));
      return { ...c.verdict!, key: summary, findings: c.findings, sdJwt: c.report, ...(c.signatureIndex !== undefined ? { signatureIndex: c.signatureIndex } : {}), ...(c.verified ? kidPair(c.verified.header, c.verified.key) : {}) };
    }
    return req.kind === 'JWS' ? await verified(req, read, key, summary) : await decrypted(req, read, key, summary);
  } catch (error) {
    return failed(error, req, key, summary);
  }
}

const algOf = (req: CheckRequest): string => (typeof req.header?.alg === 'string' ? req.header.alg : '');
const isJson = (req: CheckRequest): boolean => req.token.trimStart().startsWith('{');

/** The Key input read as a key or key set, or the verdict that it could not be read. */
async function readKey(req: CheckRequest): Promise<{ key: JoseKey | JoseKeySet } | { unreadable: WholeOutcome }> {
  try {
    return { key: await importKey(req.keyText, keyImportOptions(algOf(req), req.keyText, req.encoding)) };
  } catch (error) {
    const message = isJoseError(error) ? error.message : String((error as Error)?.message ?? error);
    return { unreadable: { status: 'Key required', reason: `The Key input could not be read: ${message}`, facts: { kind: 'keyUnreadable', message }, findings: [] } };
  }
}

/** A JWS whose signature the key verified. Caveats (expired, another kid) are added on the page, against its ticking clock. */
async function verified(req: CheckRequest, read: TokenReader, key: JoseKey | JoseKeySet, summary: KeySummary): Promise<WholeOutcome> {
  const r = await verify(read(req.token), key);
  return {
    ...verifiedVerdict(r, { json: isJson(req), caveats: false }),
    facts: { kind: 'verified', alg: r.alg, key: keyFacts(r.key), ...(r.signatureIndex > 0 || isJson(req) ? { signature: r.signatureIndex } : {}) },
    key: summary,
    importedKey: key,
    findings: r.findings,
    signatureIndex: r.signatureIndex,
    ...kidPair(r.header, r.key),
  };
}

/** A JWE the key decrypted: its plaintext, the claims in it checked like a JWS's, and a nested JWT to open in place. */
async function decrypted(req: CheckRequest, read: TokenReader, key: JoseKey | JoseKeySet, summary: KeySummary): Promise<WholeOutcome> {
  const r = await decrypt(read(req.token), key, { algorithms: JWE_ALGS, maxPbes2Count: req.maxPbes2Count });
  const findings: Finding[] = [...r.findings];
  const usedAlg = typeof r.header.alg === 'string' ? r.header.alg : algOf(req);
  if (isJweAlg(usedAlg) && (JWE_ALG_INFO[usedAlg].family === 'RSA1_5' || JWE_ALG_INFO[usedAlg].family === 'PBES2')) {
    findings.push(acceptedByDebugger(usedAlg));
  }
  // Claims inside a JWE are checked like a JWS's: expired, not yet valid, types...
  if (r.claims) for (const { claim: _claim, ...f } of validateClaims(r.claims)) findings.push(f);
  const nestedToken = r.nested && r.text !== undefined ? r.text.trim() : undefined;
  const opened = decryptedVerdict(r, { json: isJson(req), caveats: false });
  return {
    ...opened,
    ...(nestedToken ? { reason: `${opened.reason}; the plaintext is a nested JWT: open the inner token to check its own signature` } : {}),
    facts: {
      kind: 'decrypted', alg: typeof r.header.alg === 'string' ? r.header.alg : '', enc: typeof r.header.enc === 'string' ? r.header.enc : '', key: keyFacts(r.key),
      ...(r.recipientIndex > 0 || isJson(req) ? { recipient: r.recipientIndex } : {}), ...(nestedToken ? { nested: true } : {}),
    },
    key: summary,
    importedKey: key,
    findings,
    recipientIndex: r.recipientIndex,
    ...kidPair(r.header, r.key),
    decrypted: {
      header: r.header,
      content: contentView(r.plaintext, r.text),
      ...(r.claims ? { claims: r.claims } : {}),
      claimSources: sourcesOf(r.claims ? r.text : undefined),
      ...(nestedToken ? { nestedToken } : {}),
    },
  };
}

/** Why verify or decrypt failed: the step, the keys tried, an algorithm confusion, a PBES2 count over the cap. */
function failed(error: unknown, req: CheckRequest, key: JoseKey | JoseKeySet, summary: KeySummary): WholeOutcome {
  const operation = req.kind === 'JWS' ? 'verify' : 'decrypt';
  if (!isJoseError(error)) {
    return { ...failure({ kind: req.kind, code: 'ERR_UNKNOWN', message: String((error as Error)?.message ?? error), tried: triedKeyWords(key, req.header, operation) }), key: summary, importedKey: key, findings: [] };
  }
  const alg = algOf(req);
  const findings: Finding[] = [];
  // A public key given as the key, or hidden in a "secret" (its PEM, DER, modulus...: the engine says confusion).
  const disguised = error.details?.confusion === true;
  if (req.kind === 'JWS' && isJwsAlg(alg) && JWS_ALG_INFO[alg].family === 'HMAC' && (isPublicKeyFamily(key) || disguised) && error.code === 'ERR_KEY_MISMATCH') {
    findings.push(algorithmConfusion(alg, disguised));
  }
  const details = error.details ?? {};
  const limit = error.code === 'ERR_LIMIT_EXCEEDED' && details.member === 'p2c' && typeof details.value === 'number' && typeof details.limit === 'number'
    ? { member: 'p2c', value: details.value, cap: details.limit }
    : undefined;
  const text = failure({ kind: req.kind, code: error.code, message: error.message, ...(error.step ? { step: error.step } : {}), tried: triedKeyWords(key, req.header, operation) });
  // The error's own parameters (plain data: they cross the worker boundary), so the page can word it in Spanish.
  const said = { code: error.code, message: error.message, segment: error.segment, offset: error.offset, params: error.params, details: plainDetails(error.details) };
  const facts: OutcomeFacts = text.status === 'Malformed token'
    ? { kind: 'failed', jwe: false, code: error.code, message: error.message, error: said, bare: true }
    : { kind: 'failed', jwe: req.kind === 'JWE', code: error.code, message: error.message, error: said, ...(error.step ? { step: error.step } : {}), tried: triedFacts(key, req.header, operation) };
  return { ...text, facts, key: summary, importedKey: key, findings, ...(limit ? { limit } : {}) };
}
