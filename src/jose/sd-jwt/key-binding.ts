import { JoseError, type Finding, type JoseErrorCode, echo } from '../lib/errors.ts';
import { isJsonObject, parseJson, type JsonObject } from '../lib/json.ts';
import { createTrace, traceStep, type Trace } from '../lib/trace.ts';
import { importKey } from '../jwk/import.ts';
import { thumbprint } from '../jwk/thumbprint.ts';
import type { KeyInput } from '../jwk/types.ts';
import { verify } from '../jws/verify.ts';
import { readToken } from '../serialize/parse.ts';
import { splitDots } from '../serialize/segments.ts';
import type { ParsedToken } from '../serialize/types.ts';
import { digestOf } from './digest.ts';
import { KB_JWT_TYP } from './syntax.ts';
import type { SdJwtParts } from './parse.ts';
import type { KeyBindingCheck, KeyBindingPolicy, SdAlg, SdJwtKeyBinding } from './types.ts';

/** The error each failed check becomes in verifySdJwt. */
const CHECK_CODES: Readonly<Record<KeyBindingCheck['id'], JoseErrorCode>> = {
  key: 'ERR_SDJWT_KB_KEY',
  alg: 'ERR_SDJWT_KB_SIGNATURE',
  signature: 'ERR_SDJWT_KB_SIGNATURE',
  typ: 'ERR_SDJWT_KB_TYP',
  iat: 'ERR_SDJWT_KB_IAT',
  aud: 'ERR_SDJWT_KB_AUD',
  nonce: 'ERR_SDJWT_KB_NONCE',
  sd_hash: 'ERR_SDJWT_KB_SD_HASH',
};

function malformed(message: string, offset: number | undefined): never {
  throw new JoseError('ERR_SDJWT_KB_MALFORMED', `Key Binding JWT: ${message}`, { segment: 'kb_jwt', step: 'kb-split', ...(offset !== undefined ? { offset } : {}) });
}

/**
 * The KB-JWT read once (verify then takes the same parsed token), its header and payload strictly
 * decoded; a KB-JWT that is not a compact JWS with a JSON object payload is ERR_SDJWT_KB_MALFORMED.
 */
function decodeKbJwt(text: string, offset: number | undefined): { token: ParsedToken; header: JsonObject; payload: JsonObject } {
  const { parts } = splitDots(text);
  if (parts.length !== 3) malformed(`it must be a compact JWS of 3 segments; it has ${parts.length}`, offset);
  const token = readToken(text, { as: 'compact' }).token;
  const at = (e: JoseError) => (e.offset !== undefined ? (offset ?? 0) + e.offset : offset);
  if (token.error) malformed(token.error.message, at(token.error));
  const seg = token.segments.find((x) => x.part === 'payload')!;
  let value = seg.json?.value;
  if (seg.text !== undefined && (!seg.json || seg.json.duplicates.length > 0 || seg.text.charCodeAt(0) === 0xfeff)) {
    // Only when the read leaves doubt: the strict parser (no repeated names, no BOM) says why.
    try {
      value = parseJson(seg.text, { what: 'Key Binding JWT payload' }).value;
    } catch (error) {
      malformed((error as Error).message, offset);
    }
  }
  if (!isJsonObject(value)) malformed('its payload must be a JSON object (a JWT Claims Set)', offset);
  return { token, header: token.protectedHeader!, payload: value };
}

/** The holder's public key: the caller's, or "cnf"."jwk" of the Issuer-signed payload (RFC 9901 §4.1.2, RFC 7800 §3.2). */
async function holderKeyOf(issuerClaims: JsonObject, policy: KeyBindingPolicy): Promise<{ key?: KeyInput; check: KeyBindingCheck }> {
  const cnf = issuerClaims.cnf;
  const jwk = isJsonObject(cnf) ? cnf.jwk : undefined;
  if (policy.holderKey) {
    const keys = policy.holderKey;
    if (isJsonObject(cnf) && typeof cnf.jkt === 'string' && !Array.isArray(keys) && (keys as { type: string }).type !== 'set') {
      const got = await thumbprint(keys as Parameters<typeof thumbprint>[0]);
      if (got !== cnf.jkt) return { check: { id: 'key', status: 'failed', message: `The given holder key's thumbprint ${got} is not "cnf"."jkt" ${echo(cnf.jkt)} (RFC 7800 §3.1)` } };
    }
    return { key: keys, check: { id: 'key', status: 'ok', message: 'The holder key given by the verifier' } };
  }
  if (!isJsonObject(jwk)) {
    const what = isJsonObject(cnf) ? `"cnf" has ${Object.keys(cnf).length ? `the members ${echo(Object.keys(cnf))}` : 'no members'} but no "jwk"` : 'the payload has no "cnf" claim';
    return { check: { id: 'key', status: 'failed', message: `No holder key: ${what}; the KB-JWT cannot be checked without the holder's public key (RFC 9901 §4.1.2)` } };
  }
  try {
    const key = await importKey(jwk);
    if (key.type !== 'public') return { check: { id: 'key', status: 'failed', message: `"cnf"."jwk" must be a public key; it is a ${key.type === 'secret' ? 'shared secret' : 'private key'}` } };
    return { key, check: { id: 'key', status: 'ok', message: `The holder key in "cnf"."jwk" (${key.kty}${key.crv ? ` ${key.crv}` : ''})` } };
  } catch (error) {
    return { check: { id: 'key', status: 'failed', message: `"cnf"."jwk" is not a usable key: ${(error as Error).message}` } };
  }
}

/** The KB-JWT's own signature, verified by the engine's verify with the holder key; its steps go into `trace` as "kb-…". */
async function signatureCheck(token: ParsedToken, key: KeyInput | undefined, policy: KeyBindingPolicy, trace: Trace | undefined, findings: Finding[]): Promise<KeyBindingCheck> {
  if (!key) return { id: 'signature', status: 'not-checked', message: 'Not checked: there is no holder key' };
  const sub = trace ? createTrace('verify') : undefined;
  try {
    const r = await verify(token, key, { ...(policy.algorithms ? { algorithms: policy.algorithms } : {}), ...(sub ? { trace: sub } : {}) });
    for (const f of r.findings) if (!f.code.startsWith('CLAIM')) findings.push({ ...f, segment: 'kb_jwt' });
    return { id: 'signature', status: 'ok', message: `The ${r.alg} signature verifies with the holder key` };
  } catch (error) {
    const e = error as JoseError;
    return { id: 'signature', status: 'failed', message: `${e.message}${e.code ? ` (${e.code})` : ''}` };
  } finally {
    for (const s of sub?.steps ?? []) trace!.steps.push({ ...s, id: `kb-${s.id}`, title: `Key Binding JWT: ${s.title}` });
  }
}

function claimChecks(header: JsonObject, payload: JsonObject, sdHash: string, policy: KeyBindingPolicy, now: number, tolerance: number): KeyBindingCheck[] {
  const checks: KeyBindingCheck[] = [];
  const check = (id: KeyBindingCheck['id'], ok: boolean, message: string) => checks.push({ id, status: ok ? 'ok' : 'failed', message });
  const alg = header.alg;
  const algOk = typeof alg === 'string' && alg !== '' && alg.toLowerCase() !== 'none' && (!policy.algorithms || policy.algorithms.includes(alg));
  check('alg', algOk, algOk ? `"alg" is ${echo(alg)}` : typeof alg === 'string' && alg.toLowerCase() === 'none' ? '"alg" is "none": a KB-JWT must be signed (RFC 9901 §4.3)' : `"alg" ${echo(alg ?? null)} is ${typeof alg === 'string' && alg !== '' ? `not among the allowed algorithms (${policy.algorithms!.join(', ')})` : 'missing'}`);
  check('typ', header.typ === KB_JWT_TYP, header.typ === KB_JWT_TYP ? '"typ" is "kb+jwt"' : `"typ" must be "kb+jwt", not ${echo(header.typ ?? null)} (RFC 9901 §4.3)`);
  const iat = payload.iat;
  if (typeof iat !== 'number' || !Number.isFinite(iat)) {
    check('iat', false, `"iat" must be a NumericDate, not ${echo(iat ?? null)} (RFC 9901 §4.3)`);
  } else if (iat > now + tolerance) {
    check('iat', false, `"iat" ${iat} lies ${Math.round(iat - now)} s in the future`);
  } else if (policy.maxAgeSeconds !== undefined && now - iat > policy.maxAgeSeconds + tolerance) {
    check('iat', false, `"iat" is ${Math.round(now - iat)} s old; at most ${policy.maxAgeSeconds} s is accepted`);
  } else {
    check('iat', true, `"iat" is ${Math.round(now - iat)} s ago${policy.maxAgeSeconds !== undefined ? ` (at most ${policy.maxAgeSeconds} s accepted)` : ''}`);
  }
  for (const name of ['aud', 'nonce'] as const) {
    const value = payload[name];
    const expected = policy[name];
    if (typeof value !== 'string') check(name, false, `"${name}" must be a single string, not ${echo(value ?? null)} (RFC 9901 §4.3)`);
    else if (expected === undefined) checks.push({ id: name, status: 'not-checked', message: `"${name}" is ${echo(value)}; no expected value was given to compare it with` });
    else check(name, value === expected, value === expected ? `"${name}" is ${echo(value)}, as expected` : `"${name}" is ${echo(value)}, expected ${echo(expected)}`);
  }
  const claimed = payload.sd_hash;
  check('sd_hash', claimed === sdHash, claimed === sdHash ? `"sd_hash" matches the hash of the presented SD-JWT` : typeof claimed === 'string' ? `"sd_hash" is ${echo(claimed)}, but the presented SD-JWT hashes to ${sdHash}: a Disclosure was added, removed or reordered, or the KB-JWT belongs to another presentation (RFC 9901 §7.3 step 5.7)` : '"sd_hash" is missing (RFC 9901 §4.3)');
  return checks;
}

/**
 * RFC 9901 §7.3 step 5: the Key Binding JWT, every check kept (key, alg, signature, typ, iat, aud,
 * nonce, sd_hash) so the UI can list them. With `strict`, the first failed check is thrown as its
 * ERR_SDJWT_KB_* error with `details.checks`; otherwise failures stay in `checks`.
 */
export async function checkKeyBinding(
  parts: SdJwtParts,
  issuerClaims: JsonObject,
  sdAlg: SdAlg,
  options: { kb?: KeyBindingPolicy; now: number; clockTolerance: number; trace?: Trace; strict: boolean },
  findings: Finding[],
): Promise<SdJwtKeyBinding> {
  const kb = parts.kb!;
  const policy = options.kb ?? {};
  const trace = options.trace;
  const { token, header, payload } = decodeKbJwt(kb.text, kb.start);
  const { input, hash, digest } = await digestOf(sdAlg, parts.hashedText);
  if (trace) {
    traceStep(trace, { id: 'kb-sd-hash', title: `sd_hash: ${sdAlg} over the presentation up to the last "~", base64url`, ref: 'RFC 9901 §4.3.1', values: [{ name: 'kb.hashedText', label: 'Hashed text', text: parts.hashedText }, { name: 'kb.hashInput', label: 'Hash input (ASCII)', bytes: input }, { name: 'kb.hash', label: 'Hash', bytes: hash }, { name: 'kb.sdHash', label: 'Computed sd_hash', text: digest }, { name: 'kb.claimedSdHash', label: 'sd_hash in the KB-JWT', text: String(payload.sd_hash ?? '') }], status: payload.sd_hash === digest ? 'ok' : 'failed' });
  }
  const holder = await holderKeyOf(issuerClaims, policy);
  const signature = await signatureCheck(token, holder.key, policy, trace, findings);
  const rest = claimChecks(header, payload, digest, policy, options.now, options.clockTolerance);
  const checks = [holder.check, rest[0]!, signature, ...rest.slice(1)];
  if (trace) {
    traceStep(trace, { id: 'kb-checks', title: 'Key Binding JWT checks', ref: 'RFC 9901 §7.3', values: checks.map((c) => ({ name: `kb.${c.id}`, label: c.id, text: `${c.status}: ${c.message}` })), status: checks.some((c) => c.status === 'failed') ? 'failed' : 'ok' });
  }
  const failed = checks.find((c) => c.status === 'failed');
  if (failed && options.strict) {
    throw new JoseError(CHECK_CODES[failed.id], `Key Binding JWT: ${failed.message}`, { segment: 'kb_jwt', step: failed.id === 'sd_hash' ? 'kb-sd-hash' : 'kb-checks', ...(kb.start !== undefined ? { offset: kb.start } : {}), details: { member: failed.id, checks } });
  }
  return {
    text: kb.text,
    ...(kb.start !== undefined ? { start: kb.start, end: kb.end! } : {}),
    header,
    payload,
    hashedText: parts.hashedText,
    sdHash: digest,
    checks,
    verified: !failed && checks.every((c) => c.status !== 'not-checked' || c.id === 'aud' || c.id === 'nonce'),
  };
}
