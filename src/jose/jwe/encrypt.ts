import { base64urlEncode } from '../lib/base64url.ts';
import { randomBytes, toBytes, utf8Encode, type Bytes } from '../lib/bytes.ts';
import { JoseError, echo } from '../lib/errors.ts';
import { checkJsonOption, checkJsonValue } from '../lib/json-shape.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { JWE_ENC_INFO, isJweAlg, isJweEnc, type JweAlg, type JweEnc } from '../lib/registry.ts';
import { bytesValue, textValue, traceStep, type Trace } from '../lib/trace.ts';
import type { JoseKey } from '../jwk/types.ts';
import type { Jwe, JweRecipient } from '../types.ts';
import { encryptContent } from './content/aead.ts';
import { checkHeader, mergeHeaders } from './header.ts';
import { determinesCek, wrapCek } from './key-management/manage.ts';
import type { KeyManagementHooks } from './key-management/types.ts';
import { deflateRaw } from './zip.ts';
import { assertJweKeyFits } from './key-fit.ts';
import { exactHeaderText } from '../lib/exact-header.ts';

/** One recipient of a JSON-serialized JWE: its key, its alg (else options.alg), its own header and hooks. */
export interface EncryptRecipient extends KeyManagementHooks {
  key: JoseKey;
  alg?: JweAlg;
  /** Per-recipient unprotected header (JSON serializations only). */
  header?: JsonObject;
}

/** Options of encrypt. */
export interface EncryptOptions extends KeyManagementHooks {
  /** Key management algorithm; a recipient's own `alg` overrides it. */
  alg?: JweAlg;
  enc: JweEnc;
  /** More JWE Protected Header members. Their order is kept, so "alg" and "enc" may be placed too. */
  header?: JsonObject;
  /** JWE Shared Unprotected Header (JSON serializations only). Put "alg"/"enc" here to leave them unprotected. */
  unprotected?: JsonObject;
  /** Per-recipient unprotected header of a single recipient (JSON serializations only). */
  recipientHeader?: JsonObject;
  /** "DEF": compress the plaintext with raw DEFLATE first (the "zip" goes in the protected header). */
  zip?: 'DEF';
  /** JWE AAD (JSON serializations only). */
  aad?: string | Uint8Array;
  /** Filled with every intermediate value. */
  trace?: Trace;
  /** Test hook: the CEK (random otherwise; dir and ECDH-ES derive it). */
  cek?: Uint8Array;
  /** Test hook: the content-encryption IV (random otherwise). */
  iv?: Uint8Array;
  /**
   * The JWE Protected Header exactly as written (whitespace and order kept, so printed examples
   * reproduce); it must agree with alg/enc/header, and members the alg adds (epk, p2s...) are appended.
   */
  protectedHeaderText?: string;
}

function plaintextBytes(plaintext: string | Uint8Array | object): Bytes {
  if (typeof plaintext === 'string') return utf8Encode(plaintext);
  if (plaintext instanceof Uint8Array) return toBytes(plaintext);
  if (typeof plaintext === 'object' && plaintext !== null) {
    checkJsonValue(plaintext, 'encrypt', 'plaintext');
    return utf8Encode(JSON.stringify(plaintext));
  }
  throw new TypeError('encrypt: the plaintext must be a string, bytes or a JSON object');
}

/** A caller's wrong argument is a TypeError in our words, naming the option, before any work. */
function checkArguments(keyOrRecipients: JoseKey | readonly EncryptRecipient[], options: EncryptOptions): void {
  if (typeof options !== 'object' || options === null) throw new TypeError('encrypt: the third argument must be the options object ({ alg, enc, ... })');
  for (const name of ['header', 'unprotected', 'recipientHeader'] as const) {
    if (options[name] !== undefined) checkJsonOption(options[name], 'encrypt', name);
  }
  if (!Array.isArray(keyOrRecipients)) return;
  keyOrRecipients.forEach((r: unknown, i) => {
    if (typeof r !== 'object' || r === null) throw new TypeError(`encrypt: recipient ${i + 1} must be an object ({ key, alg?, header? })`);
    const header = (r as EncryptRecipient).header;
    if (header !== undefined) checkJsonOption(header, 'encrypt', `header of recipient ${i + 1}`);
  });
}

const has = (obj: JsonObject | undefined, name: string) => obj !== undefined && Object.prototype.hasOwnProperty.call(obj, name);

/** Where the alg of a recipient lives: the protected header (compact-compatible) or the recipient's own header. */
type Home = 'protected' | 'unprotected' | 'recipient';

/** The recipients, their algs and where each alg is written, and the three headers as they will be sent. */
interface Plan {
  enc: JweEnc;
  recipients: EncryptRecipient[];
  algs: JweAlg[];
  homes: Home[];
  protectedHeader: JsonObject;
  unprotected: JsonObject | undefined;
  recipientHeaders: (JsonObject | undefined)[];
}

function checkOptions(options: EncryptOptions): JweEnc {
  const { enc } = options;
  if (!isJweEnc(enc)) throw new JoseError('ERR_ENC_UNSUPPORTED', `Unsupported JWE "enc" (Encryption Algorithm) ${echo(enc)}`, { details: { enc } });
  if (options.zip !== undefined && options.zip !== 'DEF') {
    throw new JoseError('ERR_ALG_UNSUPPORTED', `Unsupported "zip" (Compression Algorithm) ${echo(options.zip)}; only "DEF" is defined`, { details: { zip: options.zip } });
  }
  return enc;
}

/** RFC 7516 §5.1 steps 1-2 for every recipient: its alg (the key must fit it), and where that alg is written. */
function plan(keyOrRecipients: JoseKey | readonly EncryptRecipient[], options: EncryptOptions, enc: JweEnc): Plan {
  const recipients: EncryptRecipient[] = !Array.isArray(keyOrRecipients)
    ? [{ key: keyOrRecipients as JoseKey, header: options.recipientHeader, epk: options.epk, p2s: options.p2s, p2c: options.p2c, keyWrapIv: options.keyWrapIv }]
    : (keyOrRecipients as EncryptRecipient[]).map((r) => ({ ...r }));
  if (recipients.length === 0) throw new JoseError('ERR_KEY_REQUIRED', 'encrypt needs at least one recipient', { segment: 'key' });
  const algs = recipients.map((r) => {
    // The alg may also be given where it will live: in a header the caller wrote.
    const alg = r.alg ?? r.header?.alg ?? options.alg ?? options.unprotected?.alg ?? options.header?.alg;
    if (!isJweAlg(alg)) throw new JoseError('ERR_ALG_UNSUPPORTED', `Unsupported JWE "alg" (Algorithm) ${echo(alg)}`, { details: { alg } });
    assertJweKeyFits(r.key, alg, enc, 'encrypt');
    return alg;
  });
  if (recipients.length > 1 && algs.some(determinesCek)) {
    throw new JoseError('ERR_MALFORMED', '"dir" and "ECDH-ES" decide the CEK themselves, so they can only be used with a single recipient (RFC 7516 §5.1 step 2)');
  }
  const homes: Home[] = recipients.map((r) => {
    if (has(r.header, 'alg')) return 'recipient';
    if (has(options.unprotected, 'alg')) return 'unprotected';
    return recipients.length === 1 ? 'protected' : 'recipient';
  });
  const protectedHeader: JsonObject = has(options.header, 'alg') || has(options.header, 'enc') ? { ...options.header } : {};
  if (homes[0] === 'protected') protectedHeader.alg = algs[0]!;
  if (!has(options.unprotected, 'enc')) protectedHeader.enc = enc;
  Object.assign(protectedHeader, options.header ?? {});
  if (options.zip) protectedHeader.zip = 'DEF';
  const recipientHeaders: (JsonObject | undefined)[] = recipients.map((r, i) => {
    if (homes[i] !== 'recipient' || has(r.header, 'alg')) return r.header ? { ...r.header } : undefined;
    return { alg: algs[i]!, ...(r.header ?? {}) };
  });
  return { enc, recipients, algs, homes, protectedHeader, unprotected: options.unprotected ? { ...options.unprotected } : undefined, recipientHeaders };
}

/** RFC 7516 §5.1 steps 2-6: a random CEK (unless the first alg decides it), wrapped or agreed for each recipient. */
async function keyManagement(p: Plan, options: EncryptOptions): Promise<{ cek: Bytes; encryptedKeys: Bytes[] }> {
  const { enc, trace } = options;
  const cekBytes = JWE_ENC_INFO[p.enc].cekBits / 8;
  let cek: Bytes | undefined;
  if (!determinesCek(p.algs[0]!)) {
    cek = options.cek ? toBytes(options.cek) : randomBytes(cekBytes);
    if (cek.length !== cekBytes) throw new JoseError('ERR_KEY_INVALID', `${enc} needs a ${cekBytes}-byte CEK; the given one is ${cek.length} bytes`);
    traceStep(trace, { id: 'cek', title: `Generate a random ${cekBytes * 8}-bit CEK`, ref: 'RFC 7516 §5.1 step 2', values: [bytesValue('cek', 'Content Encryption Key (CEK)', cek)] });
  }
  const encryptedKeys: Bytes[] = [];
  for (let i = 0; i < p.recipients.length; i++) {
    const r = p.recipients[i]!;
    const visible = { ...p.protectedHeader, ...(p.unprotected ?? {}), ...(p.recipientHeaders[i] ?? {}) };
    const result = await wrapCek({ alg: p.algs[i]!, enc: p.enc, key: r.key, cek, header: visible, hooks: r, trace });
    cek = result.cek;
    encryptedKeys.push(result.encryptedKey);
    const target = p.homes[i] === 'protected' ? p.protectedHeader : p.homes[i] === 'unprotected' ? p.unprotected! : (p.recipientHeaders[i] ??= {});
    Object.assign(target, result.params);
  }
  if (!cek) throw new JoseError('ERR_KEY_INVALID', 'No CEK was determined');
  return { cek, encryptedKeys };
}

/** Every recipient's merged header says the alg and enc the operation uses (RFC 7516 §7.2.1: the headers are disjoint). */
function checkHeaders(p: Plan): void {
  for (let i = 0; i < p.recipients.length; i++) {
    const merged = mergeHeaders([p.protectedHeader, p.unprotected, p.recipientHeaders[i]]);
    const checked = checkHeader(merged, Object.keys(p.protectedHeader).length ? p.protectedHeader : undefined);
    if (checked.alg !== p.algs[i] || checked.enc !== p.enc) {
      throw new JoseError('ERR_MALFORMED', `The header says "alg" ${echo(merged.alg)} and "enc" ${echo(merged.enc)}, but the options ask for ${p.algs[i]} and ${p.enc}`, { segment: 'header' });
    }
  }
}

/** RFC 7516 §5.1 steps 9-14: the protected header's text and encoding, the IV, the (compressed) plaintext and the AAD. */
async function contentInputs(p: Plan, plaintext: string | Uint8Array | object, options: EncryptOptions) {
  const { trace } = options;
  const protectedText =
    options.protectedHeaderText !== undefined
      ? exactHeaderText(options.protectedHeaderText, p.protectedHeader, 'JWE Protected Header')
      : Object.keys(p.protectedHeader).length ? JSON.stringify(p.protectedHeader) : '';
  const protectedB64 = base64urlEncode(utf8Encode(protectedText));
  traceStep(trace, {
    id: 'header',
    title: 'JWE Protected Header',
    ref: 'RFC 7516 §5.1 steps 9 and 13',
    values: [textValue('protectedHeader', 'JWE Protected Header (UTF-8 JSON)', protectedText), textValue('protectedHeader.b64', 'BASE64URL(UTF8(JWE Protected Header))', protectedB64)],
  });
  const ivBytes = JWE_ENC_INFO[p.enc].ivBytes;
  const iv = options.iv ? toBytes(options.iv) : randomBytes(ivBytes);
  if (iv.length !== ivBytes) throw new JoseError('ERR_MALFORMED', `${p.enc} needs a ${ivBytes}-byte IV; the given one is ${iv.length} bytes`, { segment: 'iv' });
  traceStep(trace, { id: 'iv', title: `Generate a random ${iv.length * 8}-bit IV`, ref: 'RFC 7516 §5.1 step 12', values: [bytesValue('iv', 'Initialization Vector', iv)] });
  let content = plaintextBytes(plaintext);
  traceStep(trace, { id: 'plaintext', title: 'Plaintext', values: [bytesValue('plaintext', 'Plaintext', content)] });
  if (options.zip) {
    content = await deflateRaw(content);
    traceStep(trace, { id: 'deflate', title: 'Compress the plaintext with raw DEFLATE (zip "DEF")', ref: 'RFC 7516 §5.1 step 11', values: [bytesValue('deflated', 'Compressed plaintext', content)] });
  }
  const aadBytes = options.aad === undefined ? undefined : typeof options.aad === 'string' ? utf8Encode(options.aad) : toBytes(options.aad);
  const aadB64 = aadBytes ? base64urlEncode(aadBytes) : undefined;
  const aad = utf8Encode(aadB64 === undefined ? protectedB64 : `${protectedB64}.${aadB64}`);
  traceStep(trace, {
    id: 'aad',
    title: aadB64 === undefined ? 'Additional authenticated data: ASCII(BASE64URL(protected header))' : 'Additional authenticated data: ASCII(BASE64URL(protected header) || "." || BASE64URL(JWE AAD))',
    ref: 'RFC 7516 §5.1 step 14',
    values: [bytesValue('aad', 'AAD', aad)],
  });
  return { protectedText, protectedB64, iv, content, aad, aadB64 };
}

/**
 * Encrypts to one key (compact-compatible: "alg" and "enc" in the protected header) or to several
 * recipients (general JSON: "alg" and its parameters in each recipient's header), RFC 7516 §5.1.
 * Returns the JWE in its general JSON shape; serializeCompact / serializeJson give the text.
 *
 * @example
 * const jwe = await encrypt({ sub: 'alice' }, rsaPublicKey, { alg: 'RSA-OAEP-256', enc: 'A256GCM' });
 * const jwe2 = await encrypt('hi', [{ key: a, alg: 'A128KW' }, { key: b, alg: 'ECDH-ES+A128KW' }], { enc: 'A128GCM' });
 */
export async function encrypt(plaintext: string | Uint8Array | object, keyOrRecipients: JoseKey | readonly EncryptRecipient[], options: EncryptOptions): Promise<Jwe> {
  checkArguments(keyOrRecipients, options);
  const p = plan(keyOrRecipients, options, checkOptions(options));
  const { cek, encryptedKeys } = await keyManagement(p, options);
  checkHeaders(p);
  const input = await contentInputs(p, plaintext, options);
  const { ciphertext, tag } = await encryptContent(p.enc, cek, input.iv, input.content, input.aad, options.trace, p.algs[0] === 'dir' ? p.recipients[0]!.key : undefined);
  const recipients: JweRecipient[] = p.recipients.map((_, i) => {
    const out: JweRecipient = {};
    const header = p.recipientHeaders[i];
    if (header && Object.keys(header).length) out.header = header;
    if (encryptedKeys[i]!.length) out.encrypted_key = base64urlEncode(encryptedKeys[i]!);
    return out;
  });
  return {
    kind: 'JWE',
    ...(input.protectedText ? { protected: input.protectedB64 } : {}),
    ...(p.unprotected && isJsonObject(p.unprotected) && Object.keys(p.unprotected).length ? { unprotected: p.unprotected } : {}),
    recipients,
    ...(input.aadB64 !== undefined ? { aad: input.aadB64 } : {}),
    iv: base64urlEncode(input.iv),
    ciphertext: base64urlEncode(ciphertext),
    tag: base64urlEncode(tag),
  };
}
