import { JoseError, rfcRef, type Finding } from '../lib/errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';
import type { DisclosureContent } from './disclosure.ts';
import { childPointer, setMember } from './pointer.ts';
import type { SdClaimNode, SdJwtDisclosure } from './types.ts';

/** A Disclosure ready for processing: decoded, its digest computed. */
export interface DisclosureInput extends DisclosureContent {
  encoded: string;
  digest: string;
  start?: number;
  end?: number;
}

/**
 * Nesting across recursive Disclosures is not bounded by the JSON parser (each value is parsed on
 * its own), so a chain of Disclosures could exhaust the stack: cap the total depth.
 */
export const MAX_PROCESSING_DEPTH = 128;

interface Context {
  /** Pointer into the processed claims. */
  processed: string;
  /** Pointer into the structure as signed: the payload, or the value of Disclosure `within`. */
  signed: string;
  /** The Disclosure whose value this is part of; undefined in the Issuer-signed payload. */
  within: number | undefined;
  depth: number;
}

interface Walked {
  value: JsonValue;
  node: SdClaimNode;
}

/** {"...": "<digest>"}: exactly one member, named "...", holding a string (RFC 9901 §7.1 step 3.2.2). */
function arrayDigest(value: JsonValue): string | undefined {
  if (!isJsonObject(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '...' && typeof value['...'] === 'string' ? value['...'] : undefined;
}

/**
 * RFC 9901 §7.1 steps 3 to 5: puts every Disclosure in place (recursively), removes "_sd", "_sd_alg"
 * and the {"...": digest} elements nobody disclosed, and refuses a digest seen twice, a Disclosure
 * of the wrong kind, a claim name that already exists, and a Disclosure no digest refers to. Errors
 * name the Disclosure (details.index, 0-based) and the pointer.
 */
export function processPayload(payload: JsonObject, inputs: readonly DisclosureInput[]): { claims: JsonObject; disclosures: SdJwtDisclosure[]; tree: SdClaimNode; findings: Finding[] } {
  const byDigest = new Map<string, number>();
  inputs.forEach((d, i) => {
    const earlier = byDigest.get(d.digest);
    if (earlier !== undefined) {
      throw new JoseError('ERR_SDJWT_DISCLOSURE_DUPLICATE', `Disclosure ${i + 1} repeats Disclosure ${earlier + 1}: a holder must not send a Disclosure twice (RFC 9901 §4)`, { segment: 'disclosure', ...(d.start !== undefined ? { offset: d.start } : {}), step: `disclosure-${i}`, details: { index: i, first: earlier } });
    }
    byDigest.set(d.digest, i);
  });
  const seen = new Map<string, string>();
  const placed: (SdJwtDisclosure | undefined)[] = new Array(inputs.length);
  const findings: Finding[] = [];
  const where = (ctx: Context, pointer: string) => (ctx.within === undefined ? `${pointer || '/'} of the payload` : `${pointer || '/'} in the value of Disclosure ${ctx.within + 1}`);
  const disclosureError = (code: 'ERR_SDJWT_DISCLOSURE_KIND' | 'ERR_SDJWT_CLAIM_EXISTS', i: number, pointer: string, message: string): never => {
    const d = inputs[i]!;
    throw new JoseError(code, `Disclosure ${i + 1} (${pointer}): ${message}`, { segment: 'disclosure', ...(d.start !== undefined ? { offset: d.start } : {}), step: `disclosure-${i}`, details: { index: i, pointer, digest: d.digest } });
  };

  const noteSeen = (digest: string, ctx: Context, signedPointer: string) => {
    const before = seen.get(digest);
    if (before !== undefined) {
      throw new JoseError('ERR_SDJWT_DIGEST_DUPLICATE', `The digest ${digest} appears twice: at ${before} and at ${where(ctx, signedPointer)} (RFC 9901 §7.1 step 4)`, { segment: 'payload', step: 'sd-claims', details: { digest, pointer: signedPointer } });
    }
    seen.set(digest, where(ctx, signedPointer));
  };

  const place = (i: number, pointer: string, ctx: Context, signedPointer: string) => {
    const d = inputs[i]!;
    placed[i] = {
      index: i,
      encoded: d.encoded,
      decoded: d.decoded,
      kind: d.kind,
      salt: d.salt,
      ...(d.name !== undefined ? { name: d.name } : {}),
      value: d.value,
      digest: d.digest,
      pointer,
      foundAt: { ...(ctx.within !== undefined ? { disclosure: ctx.within } : {}), pointer: signedPointer },
      ...(d.start !== undefined ? { start: d.start, end: d.end! } : {}),
    };
  };

  const walk = (value: JsonValue, ctx: Context): Walked => {
    if (ctx.depth > MAX_PROCESSING_DEPTH) {
      throw new JoseError('ERR_LIMIT_EXCEEDED', `The claims nest deeper than ${MAX_PROCESSING_DEPTH} levels across Disclosures`, { segment: 'payload', step: 'sd-claims', details: { pointer: ctx.processed } });
    }
    if (Array.isArray(value)) return walkArray(value, ctx);
    if (isJsonObject(value)) return walkObject(value, ctx);
    return { value, node: { pointer: ctx.processed, status: 'visible' } };
  };

  const visible = (child: Walked, key: string | number, ctx: Context): SdClaimNode => {
    child.node.key = key;
    child.node.status = 'visible';
    if (ctx.within !== undefined) child.node.within = ctx.within;
    return child.node;
  };

  const walkObject = (obj: JsonObject, ctx: Context): Walked => {
    const out: JsonObject = {};
    const children: SdClaimNode[] = [];
    const hidden: SdClaimNode[] = [];
    for (const [key, v] of Object.entries(obj)) {
      if (key === '_sd') continue;
      if (key === '_sd_alg') {
        if (ctx.depth === 0 && ctx.within === undefined) continue; // RFC 9901 §7.1 step 3.6
        findings.push({ code: 'SDJWT_NESTED_SD_ALG', severity: 'warning', message: `"_sd_alg" at ${where(ctx, childPointer(ctx.signed, key))} is ignored: it belongs at the top level of the payload only (RFC 9901 §4.1.1)`, ref: rfcRef(9901, '4.1.1'), segment: 'payload' });
      }
      if (key === '...') {
        findings.push({ code: 'SDJWT_ELLIPSIS_MEMBER', severity: 'warning', message: `A member named "..." at ${where(ctx, childPointer(ctx.signed, key))} is kept as data; "..." is reserved for array digests (RFC 9901 §4.1)`, ref: rfcRef(9901, '4.1'), segment: 'payload' });
      }
      const child = walk(v, { ...ctx, processed: childPointer(ctx.processed, key), signed: childPointer(ctx.signed, key), depth: ctx.depth + 1 });
      setMember(out, key, child.value);
      children.push(visible(child, key, ctx));
    }
    if (Object.prototype.hasOwnProperty.call(obj, '_sd')) {
      const sd = obj._sd;
      const sdPointer = childPointer(ctx.signed, '_sd');
      if (!Array.isArray(sd) || !sd.every((d) => typeof d === 'string')) {
        throw new JoseError('ERR_SDJWT_DIGESTS_MALFORMED', `"_sd" at ${where(ctx, sdPointer)} must be an array of digest strings (RFC 9901 §4.2.4.1)`, { segment: 'payload', step: 'sd-claims', details: { pointer: sdPointer } });
      }
      if (sd.length === 0) findings.push({ code: 'SDJWT_EMPTY_SD', severity: 'info', message: `"_sd" at ${where(ctx, sdPointer)} is empty; RFC 9901 §4.2.4.1 recommends leaving it out`, ref: rfcRef(9901, '4.2.4.1'), segment: 'payload' });
      sd.forEach((digest, j) => {
        const signedPointer = childPointer(sdPointer, j);
        noteSeen(digest as string, ctx, signedPointer);
        const i = byDigest.get(digest as string);
        if (i === undefined) {
          hidden.push({ status: 'hidden', digest: digest as string });
          return;
        }
        const d = inputs[i]!;
        const pointer = childPointer(ctx.processed, d.name ?? '');
        if (d.kind !== 'property') disclosureError('ERR_SDJWT_DISCLOSURE_KIND', i, pointer, `it is an array-element Disclosure [salt, value], but its digest is in the "_sd" of an object; it must be [salt, name, value] (RFC 9901 §7.1 step 3.3.2.1)`);
        if (Object.prototype.hasOwnProperty.call(out, d.name!)) disclosureError('ERR_SDJWT_CLAIM_EXISTS', i, pointer, `the claim "${d.name}" already exists in this object (RFC 9901 §7.1 step 3.3.2.3)`);
        place(i, pointer, ctx, signedPointer);
        const child = walk(d.value, { processed: pointer, signed: '', within: i, depth: ctx.depth + 1 });
        setMember(out, d.name!, child.value);
        children.push(Object.assign(child.node, { key: d.name!, status: 'disclosed' as const, disclosure: i }));
      });
    }
    return { value: out, node: { pointer: ctx.processed, status: 'visible', children: [...children, ...hidden], hidden: hidden.length } };
  };

  const walkArray = (arr: JsonValue[], ctx: Context): Walked => {
    const out: JsonValue[] = [];
    const children: SdClaimNode[] = [];
    let hidden = 0;
    arr.forEach((element, j) => {
      const digest = arrayDigest(element);
      if (digest === undefined) {
        if (isJsonObject(element) && Object.prototype.hasOwnProperty.call(element, '...')) {
          findings.push({ code: 'SDJWT_ELLIPSIS_MEMBER', severity: 'warning', message: `The element at ${where(ctx, childPointer(ctx.signed, j))} has "..." beside other members (or not a string) and is kept as data; an array digest is exactly {"...": "<digest>"} (RFC 9901 §4.2.4.2)`, ref: rfcRef(9901, '4.2.4.2'), segment: 'payload' });
        }
        const child = walk(element, { ...ctx, processed: childPointer(ctx.processed, out.length), signed: childPointer(ctx.signed, j), depth: ctx.depth + 1 });
        children.push(visible(child, out.length, ctx));
        out.push(child.value);
        return;
      }
      const signedPointer = childPointer(childPointer(ctx.signed, j), '...');
      noteSeen(digest, ctx, signedPointer);
      const i = byDigest.get(digest);
      if (i === undefined) {
        hidden++;
        children.push({ status: 'hidden', digest });
        return;
      }
      const pointer = childPointer(ctx.processed, out.length);
      if (inputs[i]!.kind !== 'element') disclosureError('ERR_SDJWT_DISCLOSURE_KIND', i, pointer, 'it is an object-property Disclosure [salt, name, value], but its digest is an array element; it must be [salt, value] (RFC 9901 §7.1 step 3.3.3.1)');
      place(i, pointer, ctx, signedPointer);
      const child = walk(inputs[i]!.value, { processed: pointer, signed: '', within: i, depth: ctx.depth + 1 });
      children.push(Object.assign(child.node, { key: out.length, status: 'disclosed' as const, disclosure: i }));
      out.push(child.value);
    });
    return { value: out, node: { pointer: ctx.processed, status: 'visible', children, hidden } };
  };

  const root = walkObject(payload, { processed: '', signed: '', within: undefined, depth: 0 });
  const missing = placed.findIndex((p) => p === undefined);
  if (missing !== -1) {
    const d = inputs[missing]!;
    throw new JoseError('ERR_SDJWT_DISCLOSURE_UNREFERENCED', `Disclosure ${missing + 1}${d.name !== undefined ? ` ("${d.name}")` : ''} is not referenced: no digest in the payload or in another Disclosure is ${d.digest} (RFC 9901 §7.1 step 5)`, { segment: 'disclosure', ...(d.start !== undefined ? { offset: d.start } : {}), step: `disclosure-${missing}`, details: { index: missing, digest: d.digest } });
  }
  return { claims: root.value as JsonObject, disclosures: placed as SdJwtDisclosure[], tree: root.node, findings };
}
