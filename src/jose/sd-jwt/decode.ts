import { base64urlDecode } from '../lib/base64url.ts';
import { tryUtf8Decode, type Bytes } from '../lib/bytes.ts';
import { JoseError, rfcRef, type Finding, echo } from '../lib/errors.ts';
import { isJsonObject, parseJson, type JsonObject, type JsonValue } from '../lib/json.ts';
import { traceFailure, traceStep, type Trace } from '../lib/trace.ts';
import { validateClaims } from '../claims/validate.ts';
import { headerFindings } from '../header/findings.ts';
import { payloadUnencoded } from '../header/crit.ts';
import { payloadContent } from '../serialize/parse.ts';
import { decodeProtectedHeader } from '../serialize/segments.ts';
import { digestOf, sdAlgOf } from './digest.ts';
import { decodeDisclosure } from './disclosure.ts';
import { checkKeyBinding } from './key-binding.ts';
import { parseSdJwt, type SdJwtParts } from './parse.ts';
import { processPayload, type DisclosureInput } from './process.ts';
import type { DecodedSdJwt, DecodeSdJwtOptions } from './types.ts';
import { checkVc } from './vc.ts';

/** Names whose duplicates would let two parsers see different digests: never tolerated. */
const SD_MEMBERS = new Set(['_sd', '_sd_alg', '...', 'cnf']);

/** The Issuer-signed payload's text and parsed JSON: from the token read once (compact), else decoded from the Jws object. */
function issuerPayload(parts: SdJwtParts): { text: string | undefined; parsed?: { value: JsonValue; duplicates: readonly { name: string }[] } } {
  const seg = parts.issuer?.segments.find((s) => s.part === 'payload');
  if (seg) {
    payloadContent(seg);
    // A payload with a byte order mark is read by the segment reader (to show it) but refused here.
    if (seg.text !== undefined && seg.text.charCodeAt(0) !== 0xfeff && seg.json) return { text: seg.text, parsed: seg.json };
    return { text: seg.text };
  }
  return { text: tryUtf8Decode(base64urlDecode(parts.jws.payload, { segment: 'payload' })) };
}

function issuerHeaderAndPayload(parts: SdJwtParts): { header: JsonObject; protectedHeader: JsonObject; payload: JsonObject; duplicates: string[] } {
  const sig = parts.jws.signatures[0]!;
  const protectedHeader = parts.issuer?.protectedHeader ?? decodeProtectedHeader(sig.protected ?? '', 0);
  if (payloadUnencoded(protectedHeader)) {
    throw new JoseError('ERR_SDJWT_MALFORMED', 'The Issuer-signed JWT has "b64": false; its payload must be a base64url-encoded JWT Claims Set (RFC 9901 §4.1)', { segment: 'header', step: 'sd-split' });
  }
  const { text, parsed: read } = issuerPayload(parts);
  let parsed = read;
  try {
    // Parsed here only when the read token has no JSON for it: the strict parser then says why.
    parsed ??= text === undefined ? undefined : parseJson(text, { rejectDuplicates: false, what: 'Issuer-signed JWT payload' });
  } catch (error) {
    const e = error as JoseError;
    throw new JoseError(e.code === 'ERR_LIMIT_EXCEEDED' ? e.code : 'ERR_SDJWT_MALFORMED', e.message, { segment: 'payload', step: 'sd-split' });
  }
  if (!parsed || !isJsonObject(parsed.value)) {
    throw new JoseError('ERR_SDJWT_MALFORMED', 'The Issuer-signed JWT\'s payload must be a JSON object (a JWT Claims Set) (RFC 9901 §4.1)', { segment: 'payload', step: 'sd-split' });
  }
  const duplicates = parsed.duplicates.map((d) => d.name);
  const risky = parsed.duplicates.find((d) => SD_MEMBERS.has(d.name));
  if (risky) {
    throw new JoseError('ERR_SDJWT_MALFORMED', `The payload repeats "${risky.name}": parsers disagree on which one counts, so its digests cannot be trusted`, { segment: 'payload', step: 'sd-split', details: { member: risky.name } });
  }
  return { header: { ...(sig.header ?? {}), ...protectedHeader }, protectedHeader, payload: parsed.value, duplicates };
}

/** Salts shorter than 128 bits or used twice weaken hiding (RFC 9901 §9.3, §4.2.1). */
function saltFindings(inputs: readonly DisclosureInput[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((d, i) => {
    let bits = d.salt.length * 6;
    try {
      bits = base64urlDecode(d.salt).length * 8;
    } catch {
      // Not base64url: count characters as at most 6 bits each.
    }
    if (bits < 128) out.push({ code: 'SDJWT_SALT_SHORT', severity: 'warning', message: `Disclosure ${i + 1}'s salt carries about ${bits} bits; 128 bits are recommended so the claim cannot be guessed from its digest`, params: { index: i + 1, bits }, ref: rfcRef(9901, '9.3'), segment: 'disclosure' });
    const other = seen.get(d.salt);
    if (other !== undefined) out.push({ code: 'SDJWT_SALT_REUSED', severity: 'warning', message: `Disclosures ${other + 1} and ${i + 1} share a salt; each claim must have its own (RFC 9901 §4.2.1)`, params: { first: other + 1, second: i + 1 }, ref: rfcRef(9901, '4.2.1'), segment: 'disclosure' });
    seen.set(d.salt, i);
  });
  return out;
}

function traceDisclosures(trace: Trace, inputs: readonly DisclosureInput[], hashes: { input: Bytes; hash: Bytes }[], result: DecodedSdJwt['disclosures'], sdAlg: string): void {
  result.forEach((d, i) => {
    const where = d.foundAt.disclosure === undefined ? `${d.foundAt.pointer} of the Issuer-signed payload` : `${d.foundAt.pointer} in the value of Disclosure ${d.foundAt.disclosure + 1}`;
    traceStep(trace, {
      id: `disclosure-${i}`,
      title: `Disclosure ${i + 1}: ${sdAlg} over its base64url text, then find the digest`,
      ref: 'RFC 9901 §4.2.3, §7.1',
      values: [
        { name: `disclosure.${i}.b64`, label: 'Disclosure (base64url)', text: d.encoded },
        { name: `disclosure.${i}.json`, label: 'Decoded', text: JSON.stringify(d.decoded) },
        { name: `disclosure.${i}.hashInput`, label: 'Hash input (ASCII of the base64url text)', bytes: hashes[i]!.input },
        { name: `disclosure.${i}.hash`, label: 'Hash', bytes: hashes[i]!.hash },
        { name: `disclosure.${i}.digest`, label: 'Digest (base64url)', text: inputs[i]!.digest },
        { name: `disclosure.${i}.foundAt`, label: 'Found at', text: where },
        { name: `disclosure.${i}.pointer`, label: 'Claim placed at', text: d.pointer },
      ],
    });
  });
}

/**
 * The shared core of decodeSdJwt and verifySdJwt: everything after the Issuer's signature. `strict`
 * (verify) throws the first failed Key Binding check; decode keeps it in `kb.checks`.
 */
export async function decodeParts(parts: SdJwtParts, options: DecodeSdJwtOptions, strict: boolean): Promise<DecodedSdJwt> {
  const trace = options.trace;
  const { header, protectedHeader, payload, duplicates } = issuerHeaderAndPayload(parts);
  const sdAlg = sdAlgOf(payload, options.sdAlgorithms);
  if (trace) traceStep(trace, { id: 'sd-alg', title: 'The digest algorithm: "_sd_alg" (sha-256 when absent)', ref: 'RFC 9901 §4.1.1', values: [{ name: 'sdAlg', label: '_sd_alg', text: sdAlg }] });
  const decoded = parts.disclosures.map((d, i) => decodeDisclosure(d.encoded, i, d.start));
  const hashes = await Promise.all(parts.disclosures.map((d) => digestOf(sdAlg, d.encoded)));
  const inputs: DisclosureInput[] = decoded.map((c, i) => ({ ...c, encoded: parts.disclosures[i]!.encoded, digest: hashes[i]!.digest, ...(parts.disclosures[i]!.start !== undefined ? { start: parts.disclosures[i]!.start!, end: parts.disclosures[i]!.end! } : {}) }));
  const processed = processPayload(payload, inputs);
  if (trace) {
    traceDisclosures(trace, inputs, hashes, processed.disclosures, sdAlg);
    traceStep(trace, { id: 'sd-claims', title: 'The Processed SD-JWT Payload: Disclosures in place, digests and "_sd_alg" removed', ref: 'RFC 9901 §7.1 step 3', values: [{ name: 'claims', label: 'Claims', text: JSON.stringify(processed.claims, null, 2) }] });
  }
  const rawNow = options.now instanceof Date ? options.now.getTime() / 1000 : (options.now ?? Date.now() / 1000);
  const tolerance = Math.max(0, options.clockTolerance ?? 0);
  const findings: Finding[] = [...headerFindings('JWS', header, protectedHeader, [parts.jws.signatures[0]!.header]), ...processed.findings, ...saltFindings(inputs)];
  if (typeof header.typ !== 'string') findings.push({ code: 'SDJWT_UNTYPED', severity: 'info', message: 'The Issuer-signed JWT has no "typ"; SD-JWT profiles should be explicitly typed (e.g. "dc+sd-jwt")', ref: rfcRef(9901, '9.11'), segment: 'header' });
  for (const name of duplicates) findings.push({ code: 'CLAIM_DUPLICATE', severity: 'warning', message: `The payload repeats the member ${echo(name)}; parsers disagree on which value wins`, params: { name: echo(name) }, segment: 'payload' });
  for (const { claim: _claim, ...f } of validateClaims(processed.claims, { now: rawNow, clockTolerance: tolerance })) findings.push(f);
  let kb: DecodedSdJwt['kb'];
  if (parts.kb) {
    kb = await checkKeyBinding(parts, processed.claims, sdAlg, { ...(options.kb ? { kb: options.kb } : {}), now: rawNow, clockTolerance: tolerance, ...(trace ? { trace } : {}), strict }, findings);
  } else if (options.kb?.required) {
    throw new JoseError('ERR_SDJWT_KB_REQUIRED', 'A Key Binding JWT is required, but the presentation ends with "~" and has none (RFC 9901 §7.3 step 2)', { segment: 'kb_jwt', step: 'kb-checks' });
  }
  const vc = checkVc(header, processed.claims, processed.disclosures);
  if (vc) findings.push(...vc.findings);
  return {
    serialization: parts.serialization,
    header,
    payload,
    claims: processed.claims,
    sdAlg,
    disclosures: processed.disclosures,
    tree: processed.tree,
    issuerJwt: parts.issuerJwt,
    ...(kb ? { kb } : {}),
    ...(vc ? { vc: vc.info } : {}),
    findings,
  };
}

/** Records a failure in the trace the way verify does, then rethrows. */
export function failTrace(trace: Trace | undefined, error: unknown): never {
  if (trace && error instanceof JoseError) traceFailure(trace, error.step ?? 'sd-verdict', 'Verdict', error.message);
  throw error;
}

/**
 * Reads an SD-JWT or SD-JWT+KB WITHOUT the Issuer's key: every Disclosure hashed and put in place
 * (RFC 9901 §7.1 steps 3-5), the disclosure tree, the Key Binding JWT's checks (its signature with
 * the key in "cnf"), SD-JWT VC checks — everything except the Issuer's signature, so nothing in it
 * is verified. Throws the ERR_SDJWT_* errors of a malformed SD-JWT; Key Binding problems stay in
 * `kb.checks`. presentSdJwt and the decoder without a key build on it.
 *
 * @example
 * const { claims, tree, disclosures } = await decodeSdJwt('eyJhbGciOiJFUzI1NiJ9.eyJfc2QiOlsi...~WyJzYWx0IiwiZ2l2ZW5fbmFtZSIsIkpvaG4iXQ~');
 */
export async function decodeSdJwt(text: string, options: DecodeSdJwtOptions = {}): Promise<DecodedSdJwt> {
  try {
    const parts = parseSdJwt(text);
    if (options.trace) splitStep(options.trace, parts);
    const result = await decodeParts(parts, options, false);
    if (result.kb) result.kb.verified = false;
    return result;
  } catch (error) {
    return failTrace(options.trace, error);
  }
}

/** The trace's first step: the parts the text splits into. */
export function splitStep(trace: Trace, parts: SdJwtParts): void {
  traceStep(trace, {
    id: 'sd-split',
    title: parts.serialization === 'compact' ? 'Split the SD-JWT at each "~"' : 'Read the JWS JSON serialization and its "disclosures"',
    ref: parts.serialization === 'compact' ? 'RFC 9901 §4' : 'RFC 9901 §8',
    values: [
      { name: 'issuerJwt', label: 'Issuer-signed JWT', text: parts.issuerJwt },
      ...parts.disclosures.map((d, i) => ({ name: `disclosure.${i}`, label: `Disclosure ${i + 1}`, text: d.encoded })),
      ...(parts.kb ? [{ name: 'kbJwt', label: 'Key Binding JWT', text: parts.kb.text }] : []),
    ],
  });
}
