import { base64urlEncode } from '../lib/base64url.ts';
import { asciiBytes, tryUtf8Decode, utf8Encode, type Bytes } from '../lib/bytes.ts';
import { JoseError, echo } from '../lib/errors.ts';
import { type JsonObject } from '../lib/json.ts';
import { checkJsonOption, checkJsonValue } from '../lib/json-shape.ts';
import { JWS_ALG_INFO, isJwsAlg, type JwsAlg } from '../lib/registry.ts';
import { bytesValue, textValue, traceFailure, traceStep, type Trace } from '../lib/trace.ts';
import { exactHeaderText } from '../lib/exact-header.ts';
import { assertKeyFits } from '../jwk/fit.ts';
import type { JoseKey } from '../jwk/types.ts';
import type { Jws, JwsSignature } from '../types.ts';
import { PRIMITIVES } from './algorithms.ts';
import { headerIssues } from '../header/crit.ts';
import { assertNotConfusedSecret } from './hmac.ts';

/** Options of sign. */
export interface SignOptions {
  /** The JWS alg; "none" only with allowNone (an Unsecured JWS for teaching; verify never accepts it). */
  alg: JwsAlg | 'none';
  /** Extra JWS Protected Header members (typ, kid, cty...); "alg" here must equal options.alg. */
  header?: JsonObject;
  /** JWS Unprotected Header (JSON serializations only: serializeCompact refuses it). */
  unprotected?: JsonObject;
  /** false: RFC 7797 unencoded payload; adds "b64": false and "crit": ["b64"] to the protected header. */
  b64?: boolean;
  allowNone?: boolean;
  /** The protected header exactly as written (whitespace, order), so printed examples reproduce; it must agree with alg/header. */
  headerText?: string;
  trace?: Trace;
}

/** One signer of a general JWS: sign(payload, [{ key, alg }, { key: k2, alg: 'ES256', header: { kid: 'b' } }]). */
export interface Signer {
  key: JoseKey | null;
  alg: JwsAlg | 'none';
  header?: JsonObject;
  unprotected?: JsonObject;
  allowNone?: boolean;
  /** This signer's protected header exactly as written (see SignOptions.headerText). */
  headerText?: string;
}

/** What sign signs: text, bytes, or an object serialized as JSON. */
export type SignPayload = string | Uint8Array | JsonObject | object;

function payloadBytes(payload: SignPayload): Bytes {
  if (typeof payload === 'string') return utf8Encode(payload);
  if (payload instanceof Uint8Array) return new Uint8Array(payload);
  if (typeof payload === 'object' && payload !== null) {
    checkJsonValue(payload, 'sign', 'payload');
    return utf8Encode(JSON.stringify(payload));
  }
  throw new TypeError('sign: the payload must be a string, bytes or a JSON object');
}

function protectedHeaderOf(signer: Signer, b64: boolean): JsonObject {
  const extra = signer.header === undefined ? {} : checkJsonOption(signer.header, 'sign', 'header');
  if (signer.unprotected !== undefined) checkJsonOption(signer.unprotected, 'sign', 'unprotected');
  if (extra.alg !== undefined && extra.alg !== signer.alg) {
    throw new JoseError('ERR_MALFORMED', `The header says "alg": ${echo(extra.alg)} but the signing alg is ${echo(signer.alg)}`, { segment: 'header' });
  }
  // RFC 7520 §4.7: "alg" may sit in the unprotected header alone (only the content is protected).
  const algUnprotected = signer.unprotected !== undefined && Object.prototype.hasOwnProperty.call(signer.unprotected, 'alg');
  if (algUnprotected && signer.unprotected!.alg !== signer.alg) {
    throw new JoseError('ERR_MALFORMED', `The unprotected header says "alg": ${echo(signer.unprotected!.alg)} but the signing alg is ${echo(signer.alg)}`, { segment: 'header' });
  }
  const header: JsonObject = algUnprotected ? {} : { alg: signer.alg };
  for (const [k, v] of Object.entries(extra)) if (k !== 'alg') Object.defineProperty(header, k, { value: v, enumerable: true, writable: true, configurable: true });
  if (!b64) {
    header.b64 = false;
    const crit = Array.isArray(header.crit) ? header.crit : [];
    header.crit = crit.includes('b64') ? crit : [...crit, 'b64'];
  }
  const unprotected = signer.unprotected;
  if (unprotected) {
    for (const name of Object.keys(unprotected)) {
      if (Object.prototype.hasOwnProperty.call(header, name)) {
        throw new JoseError('ERR_MALFORMED', `${echo(name)} is in both the protected and the unprotected header; the names MUST be disjoint (RFC 7515 §7.2.1)`, { segment: 'header' });
      }
    }
  }
  const issue = headerIssues(header, [unprotected]).find((i) => i.error);
  if (issue) throw new JoseError(issue.error!, issue.message, { segment: 'header', params: { finding: issue.code, ...issue.params } });
  return header;
}

async function signOne(signer: Signer, payloadPart: string, payload: Bytes, b64: boolean, trace: Trace | undefined): Promise<JwsSignature> {
  const alg = signer.alg;
  if (alg === 'none') {
    if (!signer.allowNone) {
      throw new JoseError('ERR_ALG_NOT_ALLOWED', 'alg "none" makes an Unsecured JWS that anyone can forge; pass allowNone: true to create one for teaching', { details: { alg } });
    }
  } else if (!isJwsAlg(alg)) {
    throw new JoseError('ERR_ALG_UNSUPPORTED', `Unsupported JWS algorithm ${echo(alg)}`, { details: { alg } });
  }
  const header = protectedHeaderOf(signer, b64);
  const empty = Object.keys(header).length === 0;
  const headerJson = empty ? '' : signer.headerText !== undefined ? exactHeaderText(signer.headerText, header, 'JWS Protected Header') : JSON.stringify(header);
  const encodedHeader = empty ? '' : base64urlEncode(utf8Encode(headerJson));
  if (trace) {
    traceStep(trace, { id: 'header', title: 'Encode the JWS Protected Header: BASE64URL(UTF8(header))', ref: 'RFC 7515 §5.1', values: [textValue('header.json', 'Protected header (JSON)', headerJson), textValue('header.b64', 'Encoded header', encodedHeader)] });
    traceStep(trace, { id: 'payload', title: b64 ? 'Encode the payload: BASE64URL(payload)' : 'Unencoded payload (RFC 7797): used as is', ref: b64 ? 'RFC 7515 §5.1' : 'RFC 7797 §3', values: [bytesValue('payload', 'Payload', payload), textValue('payload.encoded', 'In the token', payloadPart)] });
  }
  const signingInput = b64 ? asciiBytes(`${encodedHeader}.${payloadPart}`) : concatInput(encodedHeader, payload);
  if (trace) traceStep(trace, { id: 'signing-input', title: 'Signing input: ASCII(BASE64URL(header) || "." || payload part)', ref: 'RFC 7515 §5.1', values: [bytesValue('signingInput', 'Signing input', signingInput)] });
  let signature: Bytes = new Uint8Array(0);
  if (alg !== 'none') {
    const info = JWS_ALG_INFO[alg];
    const key = signer.key;
    if (!key) throw new JoseError('ERR_KEY_REQUIRED', `Signing with ${alg} needs a key`, { segment: 'key' });
    assertKeyFits(key, alg, 'sign');
    assertNotConfusedSecret(key, alg);
    if (key.kty === 'RSA' && key.bits < 2048) {
      throw new JoseError('ERR_KEY_INVALID', `The RSA key is ${key.bits} bits; RFC 7518 §3.3 requires at least 2048 to sign`, { segment: 'key', details: { bits: key.bits } });
    }
    signature = await PRIMITIVES[info.family].sign(info, key, signingInput, trace);
  }
  const encodedSignature = base64urlEncode(signature);
  if (trace) traceStep(trace, { id: 'signature', title: alg === 'none' ? 'No signature: alg "none"' : `The ${alg} signature, base64url-encoded`, ref: 'RFC 7515 §5.1', values: [bytesValue('signature', 'Signature', signature), textValue('signature.b64', 'Encoded signature', encodedSignature)] });
  return {
    ...(empty ? {} : { protected: encodedHeader }),
    ...(signer.unprotected && Object.keys(signer.unprotected).length ? { header: signer.unprotected } : {}),
    signature: encodedSignature,
  };
}

function concatInput(encodedHeader: string, payload: Bytes): Bytes {
  const head = utf8Encode(`${encodedHeader}.`);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head);
  out.set(payload, head.length);
  return out;
}

/**
 * Signs a payload into a JWS (RFC 7515 §5.1). One key: a JWS with one signature, ready for
 * serializeCompact or serializeJson. An array of signers: a general JWS with one signature each
 * (serializeJson). Objects are signed as their JSON.stringify text. The key must fit the alg
 * (assertKeyFits): an RSA key never makes an HS256 MAC, RSA keys under 2048 bits are refused.
 *
 * @example
 * const jws = await sign({ sub: 'alice' }, await importKey('secret-of-32-bytes...'), { alg: 'HS256', header: { typ: 'JWT' } });
 * serializeCompact(jws); // "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSJ9...."
 * const multi = await sign('hi', [{ key: rsa, alg: 'RS256' }, { key: ec, alg: 'ES256' }], { alg: 'RS256' });
 */
export async function sign(payload: SignPayload, key: JoseKey | null | readonly Signer[], options: SignOptions): Promise<Jws> {
  if (typeof options !== 'object' || options === null) throw new TypeError('sign: the third argument must be the options object ({ alg, header?, ... })');
  const trace = options.trace;
  const b64 = options.b64 !== false;
  try {
    const bytes = payloadBytes(payload);
    let payloadPart: string;
    if (b64) payloadPart = base64urlEncode(bytes);
    else {
      const text = tryUtf8Decode(bytes);
      if (text === undefined) throw new JoseError('ERR_MALFORMED', 'An unencoded payload (b64: false) must be UTF-8 text to be carried in a JWS', { segment: 'payload' });
      payloadPart = text;
    }
    const signers: Signer[] = Array.isArray(key)
      ? (key as readonly Signer[]).map((s) => ({ allowNone: options.allowNone, ...s }))
      : [{ key: key as JoseKey | null, alg: options.alg, ...(options.header !== undefined ? { header: options.header } : {}), ...(options.unprotected !== undefined ? { unprotected: options.unprotected } : {}), ...(options.allowNone ? { allowNone: true } : {}), ...(options.headerText !== undefined ? { headerText: options.headerText } : {}) }];
    if (signers.length === 0) throw new JoseError('ERR_KEY_REQUIRED', 'No signer was given', { segment: 'key' });
    const signatures: JwsSignature[] = [];
    for (const signer of signers) signatures.push(await signOne(signer, payloadPart, bytes, b64, trace));
    return { kind: 'JWS', payload: payloadPart, signatures };
  } catch (error) {
    if (trace && error instanceof JoseError) traceFailure(trace, error.step ?? 'signature', 'Signing failed', error.message);
    throw error;
  }
}
