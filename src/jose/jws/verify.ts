import { base64urlDecode, base64urlEncode } from '../lib/base64url.ts';
import { tryUtf8Decode, utf8Encode, type Bytes } from '../lib/bytes.ts';
import { JoseError, rfcRef, echo, type Finding } from '../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { JWS_ALG_INFO, isJwsAlg } from '../lib/registry.ts';
import { traceFailure, traceStep, type Trace } from '../lib/trace.ts';
import { validateClaims } from '../claims/validate.ts';
import { headerFindings } from '../inspect/findings.ts';
import { assertKeyFits } from '../jwk/fit.ts';
import { pastedProvenance, type KeyProvenance } from '../jwk/provenance.ts';
import { kidMismatch } from '../jwk/kid.ts';
import { selectKeys } from '../jwk/select.ts';
import type { JoseKey, KeyInput } from '../jwk/types.ts';
import { deserializeCompact } from '../serialize/compact.ts';
import { deserializeJson } from '../serialize/json.ts';
import { assertDisjoint, decodeProtectedHeader, isUnencodedPayload, splitDots } from '../serialize/segments.ts';
import type { Jwe, Jws, JwsSignature } from '../types.ts';
import { PRIMITIVES } from './algorithms.ts';
import { claimsOf, decodeHeaderQuickly } from './fast-json.ts';
import { headerIssues, payloadUnencoded } from './header.ts';
import { assertNotConfusedSecret } from './hmac.ts';
import { bytesValue, signingInputBytes, textValue } from './primitive.ts';

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

interface Prepared {
  header: JsonObject;
  protectedHeader: JsonObject | undefined;
  unprotectedHeader: JsonObject | undefined;
  alg: (typeof JWS_ALG_INFO)[keyof typeof JWS_ALG_INFO];
  signingInput: Bytes;
  payload: Bytes;
  signature: Bytes;
  warnings: Finding[];
}

/** What parsing a compact token already decoded, so prepare does not decode (and check) it twice. */
interface Decoded {
  header: JsonObject;
  /** Absent when the header says b64: false (the payload is then not base64url). */
  payload?: Bytes;
  signature: Bytes;
}

/** What the payload says, computed while the signature is being checked; reported only if it verifies. */
interface PayloadFacts {
  text: string | undefined;
  claims: JsonObject | undefined;
  duplicates: string[];
  headerFindings: Finding[];
  claimFindings: Finding[];
}

const ignore = () => {};

function fail(code: 'ERR_MALFORMED' | 'ERR_ALG_NOT_ALLOWED' | 'ERR_ALG_UNSUPPORTED', message: string, step = 'header'): never {
  throw new JoseError(code, message, { segment: 'header', step });
}

/** Everything up to the crypto: headers, alg policy, crit/b64, signing input. Throws JoseError. */
function prepare(jws: Jws, sig: JwsSignature, options: VerifyOptions, trace: Trace | undefined, decoded: Decoded | undefined): Prepared {
  const protectedHeader = decoded ? decoded.header : sig.protected !== undefined && sig.protected !== '' ? decodeProtectedHeader(sig.protected, 0) : undefined;
  const unprotectedHeader = sig.header;
  if (unprotectedHeader !== undefined && !isJsonObject(unprotectedHeader)) fail('ERR_MALFORMED', 'The JWS Unprotected Header must be a JSON object');
  assertDisjoint([protectedHeader, unprotectedHeader], 'JWS');
  const header: JsonObject = { ...unprotectedHeader, ...protectedHeader };
  if (trace) {
    traceStep(trace, { id: 'header', title: 'Decode the JWS Protected Header', ref: 'RFC 7515 §5.2', values: [textValue('header.b64', 'Encoded header', sig.protected ?? ''), textValue('header.json', 'Header (JSON)', JSON.stringify(protectedHeader ?? {}))] });
  }
  const alg = header.alg;
  if (typeof alg !== 'string' || alg === '') fail('ERR_MALFORMED', 'JWS "alg" (Algorithm) Header Parameter missing or invalid');
  if (alg.toLowerCase() === 'none') fail('ERR_ALG_NOT_ALLOWED', `"alg": "${alg}" is an Unsecured JWS: it has no signature and is never accepted as verified`);
  if (!isJwsAlg(alg)) fail('ERR_ALG_UNSUPPORTED', `Unsupported JWS algorithm ${echo(alg)}`);
  if (options.algorithms && !options.algorithms.includes(alg)) fail('ERR_ALG_NOT_ALLOWED', `"alg" ${alg} is not among the allowed algorithms (${options.algorithms.join(', ')})`);
  const warnings: Finding[] = [];
  for (const issue of headerIssues(protectedHeader, [unprotectedHeader])) {
    if (issue.error) throw new JoseError(issue.error, issue.message, { segment: 'header', step: 'header' });
    const { error: _e, ...finding } = issue;
    warnings.push(finding);
  }
  const unencoded = payloadUnencoded(protectedHeader);
  let payload: Bytes;
  let signingInput: Bytes;
  if (jws.payload === '' && options.payload !== undefined) {
    payload = typeof options.payload === 'string' ? utf8Encode(options.payload) : new Uint8Array(options.payload);
    const payloadPart = unencoded ? payload : utf8Encode(base64urlEncode(payload));
    const head = utf8Encode(`${sig.protected ?? ''}.`);
    signingInput = new Uint8Array(head.length + payloadPart.length);
    signingInput.set(head);
    signingInput.set(payloadPart, head.length);
  } else {
    payload = unencoded ? utf8Encode(jws.payload) : (decoded?.payload ?? base64urlDecode(jws.payload, { segment: 'payload', allowEmpty: true }));
    // The payload part as it stands in the token, encoded or not; the "." keeps the two texts apart.
    signingInput = signingInputBytes(`${sig.protected ?? ''}.${jws.payload}`);
  }
  const signature = decoded?.signature ?? base64urlDecode(sig.signature, { segment: 'signature', allowEmpty: true });
  if (trace) {
    traceStep(trace, { id: 'payload', title: unencoded ? 'The payload, unencoded (RFC 7797)' : 'Decode the payload', ref: unencoded ? 'RFC 7797 §3' : 'RFC 7515 §5.2', values: [bytesValue('payload', 'Payload', payload)] });
    traceStep(trace, { id: 'signing-input', title: 'Signing input: ASCII(BASE64URL(header) || "." || payload part)', ref: 'RFC 7515 §5.2', values: [bytesValue('signingInput', 'Signing input', signingInput)] });
  }
  return { header, protectedHeader, unprotectedHeader, alg: JWS_ALG_INFO[alg], signingInput, payload, signature, warnings };
}

/**
 * deserializeCompact for a three-part token, with the same checks in the same order and the same
 * errors, keeping what it decodes; every other shape goes to deserializeCompact itself.
 */
function parseCompact(text: string): { jws: Jws | Jwe; decoded?: Decoded } {
  const { parts, starts } = splitDots(text);
  if (parts.length !== 3) return { jws: deserializeCompact(text) };
  const [encodedHeader, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeHeaderQuickly(encodedHeader);
  const payload = isUnencodedPayload(header) ? undefined : base64urlDecode(payloadPart, { segment: 'payload', offset: starts[1], allowEmpty: true });
  const signature = base64urlDecode(signaturePart, { segment: 'signature', offset: starts[2], allowEmpty: true });
  return {
    jws: { kind: 'JWS', payload: payloadPart, signatures: [{ protected: encodedHeader, signature: signaturePart }] },
    decoded: { header, ...(payload ? { payload } : {}), signature },
  };
}

function parse(input: Jws | string): { jws: Jws; decoded?: Decoded } {
  if (typeof input === 'string') {
    const parsed = input.trimStart().startsWith('{') ? { jws: deserializeJson(input) } : parseCompact(input);
    if (parsed.jws.kind !== 'JWS') throw new JoseError('ERR_MALFORMED', 'This is a JWE (RFC 7516 §9): decrypt it instead of verifying', { segment: 'token' });
    return parsed as { jws: Jws; decoded?: Decoded };
  }
  if (!input || typeof input !== 'object' || input.kind !== 'JWS' || !Array.isArray(input.signatures) || typeof input.payload !== 'string') {
    throw new JoseError('ERR_MALFORMED', 'verify needs a JWS (compact or JSON text, or a Jws object)', { segment: 'token' });
  }
  return { jws: input };
}

/** The payload as text and claims, and the header and claim findings: none of it depends on the key. */
function payloadFacts(p: Prepared, options: VerifyOptions): PayloadFacts {
  const text = tryUtf8Decode(p.payload);
  const { claims, duplicates } = text !== undefined && text.charCodeAt(0) === 123 ? claimsOf(text) : { claims: undefined, duplicates: [] };
  const claimFindings: Finding[] = [];
  if (claims) {
    const opts = { ...(options.now !== undefined ? { now: options.now } : {}), ...(options.clockTolerance !== undefined ? { clockTolerance: options.clockTolerance } : {}) };
    for (const { claim: _c, ...f } of validateClaims(claims, opts)) claimFindings.push(f);
  }
  return { text, claims, duplicates, headerFindings: headerFindings('JWS', p.header, p.protectedHeader, [p.unprotectedHeader]), claimFindings };
}

function resultFindings(p: Prepared, key: JoseKey, keyFindings: Finding[], notes: { code: string; message: string }[] | undefined, facts: PayloadFacts): Finding[] {
  const findings: Finding[] = [...key.findings, ...keyFindings, ...p.warnings];
  const kid = kidMismatch(p.header, key, 'verify');
  if (kid) findings.push(kid);
  for (const f of facts.headerFindings) {
    if (!findings.some((x) => x.code === f.code)) findings.push(f);
  }
  for (const n of notes ?? []) findings.push({ code: n.code, severity: 'info', message: n.message, segment: 'signature', ref: rfcRef(7518, '3.4') });
  findings.push(...facts.claimFindings);
  for (const name of facts.duplicates) findings.push({ code: 'CLAIM_DUPLICATE', severity: 'warning', message: `The payload repeats the member ${echo(name)}; parsers disagree on which value wins`, segment: 'payload' });
  return findings;
}

/**
 * Verifies a JWS (compact or JSON text, or a Jws object) with a key, a JWKS or a list of keys
 * (RFC 7515 §5.2). For several signatures it tries each signature with the keys that fit it and
 * reports which one verified. Throws a JoseError: ERR_SIGNATURE_INVALID, ERR_KEY_MISMATCH,
 * ERR_ALG_NOT_ALLOWED (always for "none"), ERR_CRIT_UNSUPPORTED, ERR_MALFORMED... An expired token
 * still verifies: its claim problems are in `findings`.
 * With `trace`, the steps of the last signature tried are recorded, the failing one marked.
 *
 * @example
 * const { claims, findings } = await verify(token, await importKey('notsosecret'));
 */
export async function verify(input: Jws | string, keys: KeyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  const trace = options.trace;
  try {
    const { jws, decoded } = parse(input);
    if (trace && typeof input === 'string') {
      traceStep(trace, { id: 'split', title: jws.signatures.length === 1 && !input.trimStart().startsWith('{') ? 'Split the token at the two "."' : 'Read the JWS JSON serialization', ref: 'RFC 7515 §5.2', values: [textValue('header.b64', 'Protected header', jws.signatures[0]?.protected ?? ''), textValue('payload.b64', 'Payload', jws.payload), textValue('signature.b64', 'Signature', jws.signatures[0]?.signature ?? '')] });
    }
    const errors: JoseError[] = [];
    const base = trace?.steps.length ?? 0;
    for (let i = 0; i < jws.signatures.length; i++) {
      if (trace) trace.steps.length = base;
      try {
        return await verifyOne(jws, i, keys, options, trace, i === 0 ? decoded : undefined);
      } catch (error) {
        if (!(error instanceof JoseError) || jws.signatures.length === 1) throw error;
        errors.push(error);
      }
    }
    const best = errors.find((e) => e.code === 'ERR_SIGNATURE_INVALID') ?? errors[0]!;
    throw new JoseError(best.code, `No signature verified: ${errors.map((e, i) => `signature ${i + 1}: ${e.message}`).join('; ')}`, { segment: best.segment, step: best.step, details: { errors: errors.map((e) => ({ code: e.code, message: e.message })) } });
  } catch (error) {
    const e = error instanceof JoseError ? error : new JoseError('ERR_MALFORMED', `Verification failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
    if (trace) {
      traceFailure(trace, e.step ?? 'verdict', 'Verdict', e.message);
      if (!trace.steps.some((s) => s.id === 'verdict')) traceStep(trace, { id: 'verdict', title: 'Verdict', values: [textValue('verdict', 'Result', 'Invalid')], status: 'failed', error: e.message });
    }
    throw e;
  }
}

async function verifyOne(jws: Jws, index: number, keys: KeyInput, options: VerifyOptions, trace: Trace | undefined, decoded: Decoded | undefined): Promise<VerifyResult> {
  const p = prepare(jws, jws.signatures[index]!, options, trace, decoded);
  const alg = p.alg.alg;
  const candidates = selectKeys(keys, p.header, 'verify');
  let lastInvalid: JoseError | undefined;
  let facts: PayloadFacts | undefined;
  for (const key of candidates) {
    const keyFindings = assertKeyFits(key, alg, 'verify');
    assertNotConfusedSecret(key, alg);
    const pending = PRIMITIVES[p.alg.family].verify(p.alg, key, p.signingInput, p.signature, trace);
    if (!facts) {
      // The runtime checks the signature off the main thread; reading the payload meanwhile hides
      // its cost. Nothing of it is returned unless the signature verifies.
      pending.catch(ignore);
      facts = payloadFacts(p, options);
    }
    const outcome = await pending;
    if (!outcome.valid) {
      lastInvalid = new JoseError('ERR_SIGNATURE_INVALID', outcome.notes?.[0]?.message ?? `The ${alg} signature does not match the signing input${candidates.length > 1 ? ' with any of the keys' : ' and the key'}`, { segment: 'signature', step: 'signature' });
      continue;
    }
    if (trace) traceStep(trace, { id: 'verdict', title: 'Verdict', values: [textValue('verdict', 'Result', 'Signature verified'), textValue('alg', 'Algorithm', alg)] });
    return {
      header: p.header,
      protectedHeader: p.protectedHeader,
      unprotectedHeader: p.unprotectedHeader,
      alg,
      payload: p.payload,
      ...(facts.text !== undefined ? { text: facts.text } : {}),
      ...(facts.claims ? { claims: facts.claims } : {}),
      findings: resultFindings(p, key, keyFindings, outcome.notes, facts),
      signatureIndex: index,
      key,
      provenance: options.provenance ?? pastedProvenance(),
    };
  }
  throw lastInvalid!;
}
