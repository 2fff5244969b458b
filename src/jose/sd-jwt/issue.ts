import { base64urlEncode } from '../lib/base64url.ts';
import { JoseError, echo } from '../lib/errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';
import { exportJwk } from '../jwk/export.ts';
import { thumbprintInput } from '../jwk/thumbprint.ts';
import type { JoseKey } from '../jwk/types.ts';
import { sign, type Signer } from '../jws/sign.ts';
import { hashBytes, digestOf, isSdAlg } from './digest.ts';
import { encodeDisclosure } from './disclosure.ts';
import { RESERVED_NAMES } from './syntax.ts';
import { serializeSdJwt } from './serialize.ts';
import { formatPointer, parentOf, parsePointer, resolvePointer, setMember } from './pointer.ts';
import type { IssueSdJwtOptions, SdAlg } from './types.ts';
import { VC_NEVER_DISCLOSED, vcTypOf } from './vc.ts';

/** 128 bits from the CSPRNG, base64url (RFC 9901 §9.3). */
export function randomSalt(): string {
  return base64urlEncode(crypto.getRandomValues(new Uint8Array(16)));
}

/** A uniformly random index below n from the CSPRNG (rejection sampling: no modulo bias). */
function randomIndex(n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const word = new Uint32Array(1);
  do crypto.getRandomValues(word);
  while (word[0]! >= limit);
  return word[0]! % n;
}

const MAX_DECOYS = 1000;

/**
 * The holder's public key for "cnf": only the members that make the key — the RFC 7638 thumbprint
 * members (kty, crv, x, y / n, e / AKP's alg, pub) — and no kid, use or key_ops to link it by.
 */
function confirmationJwk(key: JoseKey): JsonObject {
  return JSON.parse(thumbprintInput(exportJwk(key))) as JsonObject;
}

function reservedNameError(pointer: string, name: string): never {
  throw new JoseError('ERR_SDJWT_RESERVED_NAME', `The claims hold a member named "${name}" at ${pointer}; "_sd", "..." and a top-level "_sd_alg" are reserved for SD-JWT digests (RFC 9901 §4.1)`, { segment: 'payload', details: { pointer, name } });
}

/** No member named "_sd" or "..." anywhere (nor "_sd_alg" at the top): they would pass for digests. */
function assertNoReservedNames(value: JsonValue, tokens: (string | number)[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => assertNoReservedNames(v, [...tokens, i]));
  else if (isJsonObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (RESERVED_NAMES.includes(k) || (k === '_sd_alg' && tokens.length === 0)) reservedNameError(formatPointer([...tokens, k]), k);
      assertNoReservedNames(v, [...tokens, k]);
    }
  }
}

function pointerError(pointer: string, why: string): never {
  throw new JoseError('ERR_SDJWT_POINTER', `"${pointer}" ${why}`, { details: { pointer } });
}

/** The decoy count for one container: the number for every created "_sd", or the per-pointer record. */
function decoysFor(decoys: IssueSdJwtOptions['decoys'], pointer: string, hasDigests: boolean): number {
  const n = typeof decoys === 'number' ? (hasDigests ? decoys : 0) : (decoys?.[pointer] ?? 0);
  if (!Number.isInteger(n) || n < 0) throw new TypeError(`issueSdJwt: the decoy count for "${pointer}" must be a non-negative integer`);
  if (n > MAX_DECOYS) throw new JoseError('ERR_LIMIT_EXCEEDED', `${n} decoys asked for at "${pointer}"; at most ${MAX_DECOYS}`, { details: { pointer } });
  return n;
}

async function decoyDigest(sdAlg: SdAlg): Promise<string> {
  // RFC 9901 §4.2.5: a hash over a random number, encoded like any digest.
  return base64urlEncode(await hashBytes(sdAlg, crypto.getRandomValues(new Uint8Array(16))));
}

/** Puts the sorted digests (and decoys) into an object's "_sd", first, keeping the object itself (its parent holds it). */
async function finishObject(obj: JsonObject, digests: string[], decoys: number, sdAlg: SdAlg): Promise<void> {
  for (let i = 0; i < decoys; i++) digests.push(await decoyDigest(sdAlg));
  if (digests.length === 0) return;
  // Sorted: their order then says nothing about the claims' order (RFC 9901 §4.2.4.1).
  digests.sort();
  const entries = Object.entries(obj);
  for (const [k] of entries) delete obj[k];
  setMember(obj, '_sd', digests);
  for (const [k, v] of entries) setMember(obj, k, v);
}

async function finishArray(arr: JsonValue[], decoys: number, sdAlg: SdAlg): Promise<void> {
  // RFC 9901 §4.2.5: decoys may pad arrays too, at random places among the elements.
  for (let i = 0; i < decoys; i++) arr.splice(randomIndex(arr.length + 1), 0, { '...': await decoyDigest(sdAlg) });
}

/** The pointers, parsed, checked against the claims, deduplicated. */
function checkedPointers(claims: JsonObject, disclose: readonly string[], vc: boolean): { pointer: string; tokens: string[] }[] {
  const out = new Map<string, string[]>();
  for (const pointer of disclose) {
    const tokens = parsePointer(pointer);
    if (tokens.length === 0) pointerError(pointer, 'names the whole claims set, which cannot be selectively disclosed; name its members');
    if (resolvePointer(claims, tokens) === undefined) pointerError(pointer, 'names no member or array element of the claims');
    if (vc && VC_NEVER_DISCLOSED.includes(tokens[0]!)) {
      throw new JoseError('ERR_SDJWT_VC_INVALID', `"${tokens[0]}" must stay in the clear in an SD-JWT VC, so "${pointer}" cannot be selectively disclosable (SD-JWT VC §3.2.2.2)`, { details: { pointer } });
    }
    out.set(formatPointer(tokens), tokens);
  }
  return [...out].map(([pointer, tokens]) => ({ pointer, tokens }));
}

/**
 * Issues an SD-JWT (RFC 9901 §4, §5.1): the members and array elements named by `disclose` become
 * Disclosures (a pointer below another makes it recursive), each with its own salt; their digests
 * replace them ("_sd", sorted, with decoys if asked; {"...": digest} in arrays); "_sd_alg" names the
 * hash; `holderKey`'s public JWK goes into "cnf". Signed by the engine's sign. Returns the compact
 * <Issuer-signed JWT>~<Disclosure>~...~ or, with `serialization`, the JWS JSON serialization.
 *
 * @example
 * const sdJwt = await issueSdJwt({ iss: 'https://issuer.example', given_name: 'Erika', address: { locality: 'Köln' } }, issuerKey,
 *   { alg: 'ES256', disclose: ['/given_name', '/address', '/address/locality'], header: { typ: 'dc+sd-jwt' }, holderKey });
 */
export async function issueSdJwt(claims: JsonObject, issuerKey: JoseKey, options: IssueSdJwtOptions): Promise<string> {
  if (!isJsonObject(claims)) throw new TypeError('issueSdJwt: the claims must be a JSON object');
  const sdAlg = options.sdAlg ?? 'sha-256';
  if (!isSdAlg(sdAlg)) throw new JoseError('ERR_SDJWT_SD_ALG', `"_sd_alg" ${echo(sdAlg)} is not supported here (sha-256, sha-384 and sha-512 are)`);
  const salt = options.salt ?? randomSalt;
  // A private copy: JSON text round trip keeps "__proto__" members as data.
  const work = JSON.parse(JSON.stringify(claims)) as JsonObject;
  assertNoReservedNames(work, []);
  const vc = vcTypOf(options.header?.typ) !== undefined;
  if (vc && typeof work.vct !== 'string') throw new JoseError('ERR_SDJWT_VC_INVALID', 'An SD-JWT VC ("typ": "dc+sd-jwt") needs a "vct" string naming the credential type (SD-JWT VC §3.2.2.1)', { details: { member: 'vct' } });
  if (options.holderKey) {
    if (Object.prototype.hasOwnProperty.call(work, 'cnf')) throw new JoseError('ERR_SDJWT_KB_KEY', 'The claims already hold "cnf"; give the holder key there or as holderKey, not both', { details: { member: 'cnf' } });
    if (options.holderKey.type === 'secret') throw new JoseError('ERR_SDJWT_KB_KEY', 'The holder key must be an asymmetric key: a shared secret cannot go into "cnf" (RFC 9901 §4.1.2)', { segment: 'key' });
    setMember(work, 'cnf', { jwk: confirmationJwk(options.holderKey) });
  }
  const targets = checkedPointers(work, options.disclose ?? [], vc);
  const decoyTargets = typeof options.decoys === 'object' ? Object.keys(options.decoys).map((p) => ({ pointer: formatPointer(parsePointer(p)), tokens: parsePointer(p) })) : [];
  for (const t of decoyTargets) {
    const c = resolvePointer(work, t.tokens);
    if (!Array.isArray(c) && !isJsonObject(c)) pointerError(t.pointer, 'gets decoys, but it names no object or array of the claims');
  }
  const disclosures: string[] = [];
  let anyDigest = false;
  const maxDepth = Math.max(0, ...targets.map((t) => t.tokens.length), ...decoyTargets.map((t) => t.tokens.length + 1));
  // Deepest first: a nested value is final (its own digests in place) before its parent is disclosed.
  for (let depth = maxDepth; depth >= 1; depth--) {
    const touched = new Map<string, { tokens: string[]; digests: string[] }>();
    for (const t of targets.filter((x) => x.tokens.length === depth)) {
      const at = parentOf(work, t.tokens)!;
      const parentTokens = t.tokens.slice(0, -1);
      const entry = touched.get(formatPointer(parentTokens)) ?? { tokens: parentTokens, digests: [] };
      touched.set(formatPointer(parentTokens), entry);
      if (Array.isArray(at.parent)) {
        const encoded = encodeDisclosure(salt(), undefined, at.parent[at.key as number]!);
        const { digest } = await digestOf(sdAlg, encoded);
        at.parent[at.key as number] = { '...': digest };
        disclosures.push(encoded);
      } else {
        const name = at.key as string;
        const encoded = encodeDisclosure(salt(), name, at.parent[name]!);
        entry.digests.push((await digestOf(sdAlg, encoded)).digest);
        delete at.parent[name];
        disclosures.push(encoded);
      }
      anyDigest = true;
    }
    for (const t of decoyTargets.filter((x) => x.tokens.length === depth - 1)) {
      if (!touched.has(t.pointer)) touched.set(t.pointer, { tokens: t.tokens, digests: [] });
    }
    for (const [pointer, { tokens, digests }] of touched) {
      const container = resolvePointer(work, tokens)!;
      const created = digests.length > 0 || Array.isArray(container);
      const n = decoysFor(options.decoys, pointer, created);
      if (n > 0) anyDigest = true;
      if (Array.isArray(container)) await finishArray(container, n, sdAlg);
      else await finishObject(container as JsonObject, digests, n, sdAlg);
    }
  }
  if (anyDigest) setMember(work, '_sd_alg', sdAlg);
  const signers: Signer[] = [
    { key: issuerKey, alg: options.alg, ...(options.header ? { header: options.header } : {}) },
    ...(options.signers ?? []).map((s) => ({ key: s.key, alg: s.alg, ...(s.header ? { header: s.header } : {}), ...(s.unprotected ? { unprotected: s.unprotected } : {}) })),
  ];
  const jws = await sign(work, signers.length === 1 ? issuerKey : signers, { alg: options.alg, ...(options.header ? { header: options.header } : {}) });
  return serializeSdJwt(jws, disclosures, undefined, options.serialization ?? 'compact');
}
