import { JoseError, rfcRef, type Finding, echo } from '../lib/errors.ts';
import type { FindingCode } from '../lib/finding-codes.ts';
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

/** One pass over the payload: the digests seen, where each Disclosure landed, the findings. */
class Processor {
  private readonly byDigest = new Map<string, number>();
  private readonly seen = new Map<string, string>();
  readonly placed: (SdJwtDisclosure | undefined)[];
  readonly findings: Finding[] = [];

  constructor(private readonly inputs: readonly DisclosureInput[]) {
    inputs.forEach((d, i) => {
      const earlier = this.byDigest.get(d.digest);
      if (earlier !== undefined) {
        throw new JoseError('ERR_SDJWT_DISCLOSURE_DUPLICATE', `Disclosure ${i + 1} repeats Disclosure ${earlier + 1}: a holder must not send a Disclosure twice (RFC 9901 §4)`, { segment: 'disclosure', ...(d.start !== undefined ? { offset: d.start } : {}), step: `disclosure-${i}`, details: { index: i, first: earlier } });
      }
      this.byDigest.set(d.digest, i);
    });
    this.placed = new Array(inputs.length);
  }

  private where(ctx: Context, pointer: string): string {
    const shown = echo(pointer || '/');
    return ctx.within === undefined ? `${shown} of the payload` : `${shown} in the value of Disclosure ${ctx.within + 1}`;
  }

  private disclosureError(code: 'ERR_SDJWT_DISCLOSURE_KIND' | 'ERR_SDJWT_CLAIM_EXISTS', i: number, pointer: string, message: string): never {
    const d = this.inputs[i]!;
    throw new JoseError(code, `Disclosure ${i + 1} (${echo(pointer || '/')}): ${message}`, { segment: 'disclosure', ...(d.start !== undefined ? { offset: d.start } : {}), step: `disclosure-${i}`, details: { index: i, pointer, digest: d.digest } });
  }

  /** RFC 9901 §7.1 step 4: a digest may appear once, wherever it is (hidden digests included). */
  private find(digest: string, ctx: Context, signedPointer: string): number | undefined {
    const before = this.seen.get(digest);
    if (before !== undefined) {
      throw new JoseError('ERR_SDJWT_DIGEST_DUPLICATE', `The digest ${echo(digest)} appears twice: at ${before} and at ${this.where(ctx, signedPointer)} (RFC 9901 §7.1 step 4)`, { segment: 'payload', step: 'sd-claims', details: { digest, pointer: signedPointer } });
    }
    this.seen.set(digest, this.where(ctx, signedPointer));
    return this.byDigest.get(digest);
  }

  private place(i: number, pointer: string, ctx: Context, signedPointer: string): void {
    const d = this.inputs[i]!;
    this.placed[i] = {
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
  }

  private warn(code: FindingCode, message: string, section: string, params: Finding['params']): void {
    this.findings.push({ code, severity: 'warning', message, ref: rfcRef(9901, section), segment: 'payload', ...(params ? { params } : {}) });
  }

  walk(value: JsonValue, ctx: Context): Walked {
    if (ctx.depth > MAX_PROCESSING_DEPTH) {
      throw new JoseError('ERR_LIMIT_EXCEEDED', `The claims nest deeper than ${MAX_PROCESSING_DEPTH} levels across Disclosures`, { segment: 'payload', step: 'sd-claims', details: { pointer: ctx.processed } });
    }
    if (Array.isArray(value)) return this.walkArray(value, ctx);
    if (isJsonObject(value)) return this.walkObject(value, ctx);
    return { value, node: { pointer: ctx.processed, status: 'visible' } };
  }

  /** A member or element that is plain JSON where it stands (in the payload, or inside Disclosure `within`). */
  private plain(value: JsonValue, key: string | number, signedKey: string | number, ctx: Context): Walked {
    const child = this.walk(value, { ...ctx, processed: childPointer(ctx.processed, key), signed: childPointer(ctx.signed, signedKey), depth: ctx.depth + 1 });
    Object.assign(child.node, { key, status: 'visible' as const }, ctx.within !== undefined ? { within: ctx.within } : {});
    return child;
  }

  /** The value of Disclosure i, processed in turn (recursive disclosures). */
  private disclosed(i: number, key: string | number, pointer: string, ctx: Context): Walked {
    const child = this.walk(this.inputs[i]!.value, { processed: pointer, signed: '', within: i, depth: ctx.depth + 1 });
    Object.assign(child.node, { key, status: 'disclosed' as const, disclosure: i });
    return child;
  }

  private walkObject(obj: JsonObject, ctx: Context): Walked {
    const out: JsonObject = {};
    const children: SdClaimNode[] = [];
    for (const [key, v] of Object.entries(obj)) {
      if (key === '_sd') continue;
      if (key === '_sd_alg') {
        if (ctx.depth === 0 && ctx.within === undefined) continue; // RFC 9901 §7.1 step 3.6
        this.warn('SDJWT_NESTED_SD_ALG', `"_sd_alg" at ${this.where(ctx, childPointer(ctx.signed, key))} is ignored: it belongs at the top level of the payload only (RFC 9901 §4.1.1)`, '4.1.1', { at: this.where(ctx, childPointer(ctx.signed, key)) });
      }
      if (key === '...') this.warn('SDJWT_ELLIPSIS_MEMBER', `A member named "..." at ${this.where(ctx, childPointer(ctx.signed, key))} is kept as data; "..." is reserved for array digests (RFC 9901 §4.1)`, '4.1', { at: this.where(ctx, childPointer(ctx.signed, key)) });
      const child = this.plain(v, key, key, ctx);
      setMember(out, key, child.value);
      children.push(child.node);
    }
    const hidden = Object.prototype.hasOwnProperty.call(obj, '_sd') ? this.objectDigests(obj._sd!, out, children, ctx) : [];
    return { value: out, node: { pointer: ctx.processed, status: 'visible', children: [...children, ...hidden], hidden: hidden.length } };
  }

  /** RFC 9901 §7.1 step 3.3.2: each digest of "_sd" whose Disclosure was presented becomes a member. Returns the hidden ones. */
  private objectDigests(sd: JsonValue, out: JsonObject, children: SdClaimNode[], ctx: Context): SdClaimNode[] {
    const sdPointer = childPointer(ctx.signed, '_sd');
    if (!Array.isArray(sd) || !sd.every((d) => typeof d === 'string')) {
      throw new JoseError('ERR_SDJWT_DIGESTS_MALFORMED', `"_sd" at ${this.where(ctx, sdPointer)} must be an array of digest strings (RFC 9901 §4.2.4.1)`, { segment: 'payload', step: 'sd-claims', details: { pointer: sdPointer } });
    }
    if (sd.length === 0) this.findings.push({ code: 'SDJWT_EMPTY_SD', severity: 'info', message: `"_sd" at ${this.where(ctx, sdPointer)} is empty; RFC 9901 §4.2.4.1 recommends leaving it out`, params: { at: this.where(ctx, sdPointer) }, ref: rfcRef(9901, '4.2.4.1'), segment: 'payload' });
    const hidden: SdClaimNode[] = [];
    (sd as string[]).forEach((digest, j) => {
      const signedPointer = childPointer(sdPointer, j);
      const i = this.find(digest, ctx, signedPointer);
      if (i === undefined) {
        hidden.push({ status: 'hidden', digest });
        return;
      }
      const d = this.inputs[i]!;
      const pointer = childPointer(ctx.processed, d.name ?? '');
      if (d.kind !== 'property') this.disclosureError('ERR_SDJWT_DISCLOSURE_KIND', i, pointer, 'it is an array-element Disclosure [salt, value], but its digest is in the "_sd" of an object; it must be [salt, name, value] (RFC 9901 §7.1 step 3.3.2.1)');
      if (Object.prototype.hasOwnProperty.call(out, d.name!)) this.disclosureError('ERR_SDJWT_CLAIM_EXISTS', i, pointer, `the claim ${echo(d.name)} already exists in this object (RFC 9901 §7.1 step 3.3.2.3)`);
      this.place(i, pointer, ctx, signedPointer);
      const child = this.disclosed(i, d.name!, pointer, ctx);
      setMember(out, d.name!, child.value);
      children.push(child.node);
    });
    return hidden;
  }

  /** RFC 9901 §7.1 step 3.3.3 and 3.4: {"...": digest} elements become their Disclosure's value, or vanish. */
  private walkArray(arr: JsonValue[], ctx: Context): Walked {
    const out: JsonValue[] = [];
    const children: SdClaimNode[] = [];
    let hidden = 0;
    arr.forEach((element, j) => {
      const digest = arrayDigest(element);
      if (digest === undefined) {
        if (isJsonObject(element) && Object.prototype.hasOwnProperty.call(element, '...')) {
          this.warn('SDJWT_ELLIPSIS_MEMBER', `The element at ${this.where(ctx, childPointer(ctx.signed, j))} has "..." beside other members (or not a string) and is kept as data; an array digest is exactly {"...": "<digest>"} (RFC 9901 §4.2.4.2)`, '4.2.4.2', { at: this.where(ctx, childPointer(ctx.signed, j)), element: true });
        }
        const child = this.plain(element, out.length, j, ctx);
        children.push(child.node);
        out.push(child.value);
        return;
      }
      const signedPointer = childPointer(childPointer(ctx.signed, j), '...');
      const i = this.find(digest, ctx, signedPointer);
      if (i === undefined) {
        hidden++;
        children.push({ status: 'hidden', digest });
        return;
      }
      const pointer = childPointer(ctx.processed, out.length);
      if (this.inputs[i]!.kind !== 'element') this.disclosureError('ERR_SDJWT_DISCLOSURE_KIND', i, pointer, 'it is an object-property Disclosure [salt, name, value], but its digest is an array element; it must be [salt, value] (RFC 9901 §7.1 step 3.3.3.1)');
      this.place(i, pointer, ctx, signedPointer);
      const child = this.disclosed(i, out.length, pointer, ctx);
      children.push(child.node);
      out.push(child.value);
    });
    return { value: out, node: { pointer: ctx.processed, status: 'visible', children, hidden } };
  }
}

/**
 * RFC 9901 §7.1 steps 3 to 5: puts every Disclosure in place (recursively), removes "_sd", "_sd_alg"
 * and the {"...": digest} elements nobody disclosed, and refuses a digest seen twice, a Disclosure
 * of the wrong kind, a claim name that already exists, and a Disclosure no digest refers to. Errors
 * name the Disclosure (details.index, 0-based) and the pointer.
 */
export function processPayload(payload: JsonObject, inputs: readonly DisclosureInput[]): { claims: JsonObject; disclosures: SdJwtDisclosure[]; tree: SdClaimNode; findings: Finding[] } {
  const p = new Processor(inputs);
  const root = p.walk(payload, { processed: '', signed: '', within: undefined, depth: 0 });
  const missing = p.placed.findIndex((d) => d === undefined);
  if (missing !== -1) {
    const d = inputs[missing]!;
    throw new JoseError('ERR_SDJWT_DISCLOSURE_UNREFERENCED', `Disclosure ${missing + 1}${d.name !== undefined ? ` (${echo(d.name)})` : ''} is not referenced: no digest in the payload or in another Disclosure is ${d.digest} (RFC 9901 §7.1 step 5)`, { segment: 'disclosure', ...(d.start !== undefined ? { offset: d.start } : {}), step: `disclosure-${missing}`, details: { index: missing, digest: d.digest } });
  }
  return { claims: root.value as JsonObject, disclosures: p.placed as SdJwtDisclosure[], tree: root.node, findings: p.findings };
}
