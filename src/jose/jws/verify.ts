import { base64urlEncode } from '../lib/base64url.ts';
import { asciiBytes, utf8Encode, type Bytes } from '../lib/bytes.ts';
import { JoseError, rfcRef, echo, type Finding, type MessageParams } from '../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { JWS_ALG_INFO, isJwsAlg, type JwsAlgInfo } from '../lib/registry.ts';
import { bytesValue, textValue, traceFailure, traceStep, type Trace } from '../lib/trace.ts';
import { validateClaims, type ValidateClaimsOptions } from '../claims/validate.ts';
import { headerIssues, payloadUnencoded } from '../header/crit.ts';
import { headerFindings } from '../header/findings.ts';
import { assertKeyFits } from '../jwk/fit.ts';
import { pastedProvenance, type KeyProvenance } from '../jwk/provenance.ts';
import { kidMismatch } from '../jwk/kid.ts';
import { selectKeys } from '../jwk/select.ts';
import type { JoseKey, KeyInput } from '../jwk/types.ts';
import { assertDisjoint } from '../serialize/segments.ts';
import { detachedSegment } from '../serialize/segment.ts';
import type { InspectedSegment, ParsedToken } from '../serialize/types.ts';
import type { Jws } from '../types.ts';
import { PRIMITIVES } from './algorithms.ts';
import { assertNotConfusedSecret } from './hmac.ts';
import type { VerifyOutcome } from './primitive.ts';
import { verifyInput, type VerifyInput } from './verify-input.ts';

/** Options of verify. */
export interface VerifyOptions {
  /** Only these algs are accepted (ERR_ALG_NOT_ALLOWED otherwise). "none" is refused regardless. */
  algorithms?: readonly string[];
  trace?: Trace;
  /** Clock for the claim findings (Date or seconds since the epoch). */
  now?: Date | number;
  clockTolerance?: number;
  /** The content of a detached payload (RFC 7515 Appendix F), when the JWS payload is empty. */
  payload?: string | Uint8Array;
  /** Where the key came from, copied to the result; default "pasted" (verifyWithKeySource sets the others). */
  provenance?: KeyProvenance;
}

/** What verify returns for a JWS whose signature checked out. */
export interface VerifyResult {
  /** The JOSE Header of the signature that verified (protected and unprotected members). */
  header: JsonObject;
  protectedHeader: JsonObject | undefined;
  unprotectedHeader: JsonObject | undefined;
  alg: string;
  payload: Bytes;
  /** The payload as text when it is UTF-8. */
  text?: string;
  /** The payload as a JSON object (a JWT Claims Set), when it is one. */
  claims?: JsonObject;
  /** Key, header and claim findings: weak secret, short RSA key, expired, b64 without crit... */
  findings: Finding[];
  /** Which signature verified (0 for compact and flattened). */
  signatureIndex: number;
  key: JoseKey;
  /** Where the key came from: pasted, the header's jwk or x5c, a fetched JWKS. */
  provenance: KeyProvenance;
}

/** One signature made ready for the crypto: its header checked, its signing input and signature as bytes. */
interface Prepared {
  header: JsonObject;
  protectedHeader: JsonObject | undefined;
  unprotectedHeader: JsonObject | undefined;
  info: JwsAlgInfo;
  signingInput: Bytes;
  signature: Bytes;
  /** The payload's segment: bytes, text and JSON read on first use (undefined: empty). */
  payload: InspectedSegment | undefined;
  warnings: Finding[];
}

/** What the payload says, read while the signature is being checked; reported only if it verifies. */
interface PayloadFacts {
  bytes: Bytes;
  text: string | undefined;
  claims: JsonObject | undefined;
  headerFindings: Finding[];
  claimFindings: Finding[];
}

const ignore = () => {};
const EMPTY = new Uint8Array(0);

function fail(code: 'ERR_MALFORMED' | 'ERR_ALG_NOT_ALLOWED' | 'ERR_ALG_UNSUPPORTED', message: string, step = 'header', params?: MessageParams): never {
  throw new JoseError(code, message, { segment: 'header', step, ...(params ? { params } : {}) });
}

/** RFC 7515 §5.2 steps 4-5 for one header: an "alg" this engine has and the caller allows; crit and b64. */
function checkAlg(header: JsonObject, options: VerifyOptions): JwsAlgInfo {
  const alg = header.alg;
  if (typeof alg !== 'string' || alg === '') fail('ERR_MALFORMED', 'JWS "alg" (Algorithm) Header Parameter missing or invalid');
  if (alg.length === 4 && alg.toLowerCase() === 'none') fail('ERR_ALG_NOT_ALLOWED', `"alg": "${alg}" is an Unsecured JWS: it has no signature and is never accepted as verified`, 'header', { alg: JSON.stringify(alg), none: true });
  if (!isJwsAlg(alg)) fail('ERR_ALG_UNSUPPORTED', `Unsupported JWS algorithm ${echo(alg)}`, 'header', { alg: echo(alg) });
  if (options.algorithms && !options.algorithms.includes(alg)) fail('ERR_ALG_NOT_ALLOWED', `"alg" ${alg} is not among the allowed algorithms (${options.algorithms.join(', ')})`, 'header', { alg, allowed: options.algorithms.join(', ') });
  return JWS_ALG_INFO[alg];
}

/** The signing input (RFC 7515 §5.2 step 8) and the payload, for an attached or a detached payload. */
function signingParts(input: VerifyInput, protectedB64: string, unencoded: boolean, options: VerifyOptions, traced: boolean): { signingInput: Bytes; payload: InspectedSegment | undefined } {
  const { jws } = input;
  if (jws.payload === '' && options.payload !== undefined) {
    const payload = typeof options.payload === 'string' ? utf8Encode(options.payload) : new Uint8Array(options.payload);
    const payloadPart = unencoded ? payload : utf8Encode(base64urlEncode(payload));
    const head = utf8Encode(`${protectedB64}.`);
    const signingInput = new Uint8Array(head.length + payloadPart.length);
    signingInput.set(head);
    signingInput.set(payloadPart, head.length);
    return { signingInput, payload: detachedSegment(payload) };
  }
  // The payload part as it stands in the token, encoded or not; the "." keeps the two texts apart.
  const text = input.signingText ?? `${protectedB64}.${jws.payload}`;
  // The signing input goes to Web Crypto only (a trace keeps its own copy): pooled bytes will do.
  return { signingInput: asciiBytes(text, !traced), payload: input.payload(unencoded) };
}

/** Everything up to the crypto: headers, alg policy, crit/b64, signing input. Throws JoseError. */
function prepare(input: VerifyInput, index: number, options: VerifyOptions, trace: Trace | undefined): Prepared {
  const { sig, protectedHeader, unprotectedHeader, signature } = input.signature(index);
  if (unprotectedHeader !== undefined) {
    if (!isJsonObject(unprotectedHeader)) fail('ERR_MALFORMED', 'The JWS Unprotected Header must be a JSON object');
    assertDisjoint([protectedHeader, unprotectedHeader], 'JWS');
  }
  const header: JsonObject = unprotectedHeader ? { ...unprotectedHeader, ...protectedHeader } : (protectedHeader ?? {});
  if (trace) {
    traceStep(trace, { id: 'header', title: 'Decode the JWS Protected Header', ref: 'RFC 7515 §5.2', values: [textValue('header.b64', 'Encoded header', sig.protected ?? ''), textValue('header.json', 'Header (JSON)', JSON.stringify(protectedHeader ?? {}))] });
  }
  const info = checkAlg(header, options);
  const warnings: Finding[] = [];
  for (const issue of headerIssues(protectedHeader, [unprotectedHeader])) {
    if (issue.error) throw new JoseError(issue.error, issue.message, { segment: 'header', step: 'header', params: { finding: issue.code, ...issue.params } });
    const { error: _e, ...finding } = issue;
    warnings.push(finding);
  }
  const unencoded = payloadUnencoded(protectedHeader);
  const { signingInput, payload } = signingParts(input, sig.protected ?? '', unencoded, options, trace !== undefined);
  if (trace) {
    traceStep(trace, { id: 'payload', title: unencoded ? 'The payload, unencoded (RFC 7797)' : 'Decode the payload', ref: unencoded ? 'RFC 7797 §3' : 'RFC 7515 §5.2', values: [bytesValue('payload', 'Payload', payload?.bytes ?? EMPTY)] });
    traceStep(trace, { id: 'signing-input', title: 'Signing input: ASCII(BASE64URL(header) || "." || payload part)', ref: 'RFC 7515 §5.2', values: [bytesValue('signingInput', 'Signing input', signingInput)] });
  }
  return { header, protectedHeader, unprotectedHeader, info, signingInput, signature, payload, warnings };
}

/** The payload as text and claims, and the header and claim findings: none of it depends on the key. */
function payloadFacts(p: Prepared, options: VerifyOptions): PayloadFacts {
  const seg = p.payload;
  const value = seg?.json?.value;
  const claims = isJsonObject(value) ? value : undefined;
  const claimFindings: Finding[] = [];
  if (claims) {
    if (seg!.text!.charCodeAt(0) === 0xfeff) {
      claimFindings.push({ code: 'PAYLOAD_BOM', severity: 'warning', message: 'The payload starts with a byte order mark (U+FEFF); JSON text must not (RFC 8259 §8.1), some parsers ignore it and others fail', segment: 'payload' });
    }
    const opts: ValidateClaimsOptions = {};
    if (options.now !== undefined) opts.now = options.now;
    if (options.clockTolerance !== undefined) opts.clockTolerance = options.clockTolerance;
    for (const { claim: _c, ...f } of validateClaims(claims, opts)) claimFindings.push(f);
    for (const d of seg!.json!.duplicates) {
      if (d.path.length === 0) claimFindings.push({ code: 'CLAIM_DUPLICATE', severity: 'warning', message: `The payload repeats the member ${echo(d.name)}; parsers disagree on which value wins`, params: { name: echo(d.name) }, segment: 'payload' });
    }
  }
  return { bytes: seg?.bytes ?? EMPTY, text: seg?.text, claims, headerFindings: headerFindings('JWS', p.header, p.protectedHeader, [p.unprotectedHeader]), claimFindings };
}

function resultFindings(p: Prepared, key: JoseKey, keyFindings: Finding[], outcome: VerifyOutcome, facts: PayloadFacts): Finding[] {
  const findings: Finding[] = [...key.findings, ...keyFindings, ...p.warnings];
  const kid = kidMismatch(p.header, key, 'verify');
  if (kid) findings.push(kid);
  for (const f of facts.headerFindings) {
    // A crit or b64 warning is both a header finding and a prepare warning: once is enough.
    if (!findings.some((x) => x.code === f.code)) findings.push(f);
  }
  for (const n of outcome.notes ?? []) findings.push({ code: n.code, severity: 'info', message: n.message, ...(n.params ? { params: n.params } : {}), segment: 'signature', ref: rfcRef(7518, '3.4') });
  findings.push(...facts.claimFindings);
  return findings;
}

/**
 * Verifies a JWS — compact or JSON text, a parsed token (parseToken or inspect's result), or a Jws
 * object — with a key, a JWKS or a list of keys (RFC 7515 §5.2). For several signatures it tries
 * each with the keys that fit it and reports which one verified. Throws a JoseError:
 * ERR_SIGNATURE_INVALID, ERR_KEY_MISMATCH, ERR_ALG_NOT_ALLOWED (always for "none"),
 * ERR_CRIT_UNSUPPORTED, ERR_MALFORMED... An expired token still verifies: its claim problems are in
 * `findings`. With `trace`, the steps of the last signature tried are recorded, the failing one marked.
 *
 * @example
 * const { claims, findings } = await verify(token, await importKey('notsosecret'));
 * const same = await verify(inspect(token), key); // the token read once, by inspect
 */
export async function verify(input: Jws | ParsedToken | string, keys: KeyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  const trace = options.trace;
  try {
    const read = verifyInput(input);
    if (trace && read.fromText) traceSplit(trace, read);
    const count = read.jws.signatures.length;
    if (count === 1) return await verifyOne(read, 0, keys, options, trace);
    return await verifyAny(read, keys, options, trace);
  } catch (error) {
    const e = error instanceof JoseError ? error : new JoseError('ERR_MALFORMED', `Verification failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
    if (trace) {
      traceFailure(trace, e.step ?? 'verdict', 'Verdict', e.message);
      if (!trace.steps.some((s) => s.id === 'verdict')) traceStep(trace, { id: 'verdict', title: 'Verdict', values: [textValue('verdict', 'Result', 'Invalid')], status: 'failed', error: e.message });
    }
    throw e;
  }
}

function traceSplit(trace: Trace, read: VerifyInput): void {
  const { jws } = read;
  traceStep(trace, {
    id: 'split',
    title: read.compact ? 'Split the token at the two "."' : 'Read the JWS JSON serialization',
    ref: 'RFC 7515 §5.2',
    values: [textValue('header.b64', 'Protected header', jws.signatures[0]?.protected ?? ''), textValue('payload.b64', 'Payload', jws.payload), textValue('signature.b64', 'Signature', jws.signatures[0]?.signature ?? '')],
  });
}

/** A general JWS: the first signature that verifies with a key that fits it; else the most telling failure. */
async function verifyAny(read: VerifyInput, keys: KeyInput, options: VerifyOptions, trace: Trace | undefined): Promise<VerifyResult> {
  const errors: JoseError[] = [];
  const base = trace?.steps.length ?? 0;
  for (let i = 0; i < read.jws.signatures.length; i++) {
    if (trace) trace.steps.length = base;
    try {
      return await verifyOne(read, i, keys, options, trace);
    } catch (error) {
      if (!(error instanceof JoseError)) throw error;
      errors.push(error);
    }
  }
  const best = errors.find((e) => e.code === 'ERR_SIGNATURE_INVALID') ?? errors[0]!;
  throw new JoseError(best.code, `No signature verified: ${errors.map((e, i) => `signature ${i + 1}: ${e.message}`).join('; ')}`, { segment: best.segment, step: best.step, details: { errors: errors.map((e) => ({ code: e.code, message: e.message })) } });
}

async function verifyOne(read: VerifyInput, index: number, keys: KeyInput, options: VerifyOptions, trace: Trace | undefined): Promise<VerifyResult> {
  const p = prepare(read, index, options, trace);
  const alg = p.info.alg;
  const candidates = selectKeys(keys, p.header, 'verify');
  let lastInvalid: JoseError | undefined;
  let facts: PayloadFacts | undefined;
  for (const key of candidates) {
    const keyFindings = assertKeyFits(key, alg, 'verify');
    assertNotConfusedSecret(key, alg);
    const pending = PRIMITIVES[p.info.family].verify(p.info, key, p.signingInput, p.signature, trace);
    if (!facts) {
      // The runtime checks the signature off the main thread; reading the payload meanwhile hides
      // its cost. Nothing of it is returned unless the signature verifies. (Only if reading throws
      // is `pending` left unawaited: then, and only then, its rejection is silenced.)
      try {
        facts = payloadFacts(p, options);
      } catch (error) {
        pending.catch(ignore);
        throw error;
      }
    }
    const outcome = await pending;
    if (!outcome.valid) {
      const note = outcome.notes?.[0];
      lastInvalid = new JoseError('ERR_SIGNATURE_INVALID', note?.message ?? `The ${alg} signature does not match the signing input${candidates.length > 1 ? ' with any of the keys' : ' and the key'}`, {
        segment: 'signature',
        step: 'signature',
        params: note ? { finding: note.code, ...note.params } : { alg, keys: candidates.length },
      });
      continue;
    }
    if (trace) traceStep(trace, { id: 'verdict', title: 'Verdict', values: [textValue('verdict', 'Result', 'Signature verified'), textValue('alg', 'Algorithm', alg)] });
    const result: VerifyResult = {
      header: p.header,
      protectedHeader: p.protectedHeader,
      unprotectedHeader: p.unprotectedHeader,
      alg,
      payload: facts.bytes,
      findings: resultFindings(p, key, keyFindings, outcome, facts),
      signatureIndex: index,
      key,
      provenance: options.provenance ?? pastedProvenance(),
    };
    if (facts.text !== undefined) result.text = facts.text;
    if (facts.claims) result.claims = facts.claims;
    return result;
  }
  throw lastInvalid!;
}
