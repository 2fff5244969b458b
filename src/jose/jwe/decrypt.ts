import { base64urlDecode } from '../lib/base64url.ts';
import { tryUtf8Decode, utf8Decode, utf8Encode, type Bytes } from '../lib/bytes.ts';
import { JoseError, rfcRef, echo, type Finding, type SegmentName } from '../lib/errors.ts';
import { isJsonObject, parseJson, type JsonObject } from '../lib/json.ts';
import { JWE_ALG_INFO, JWE_ALGS, JWE_ENCS, type JweAlg, type JweEnc } from '../lib/registry.ts';
import { traceFailure, traceStep, type Trace } from '../lib/trace.ts';
import { kidMismatch } from '../jwk/kid.ts';
import { selectKeys } from '../jwk/select.ts';
import type { JoseKey, KeyInput } from '../jwk/types.ts';
import { deserializeCompact } from '../serialize/compact.ts';
import { deserializeJson } from '../serialize/json.ts';
import { decodeProtectedHeader } from '../serialize/segments.ts';
import type { Jwe } from '../types.ts';
import { checkIvAndTag, decryptContent } from './content/aead.ts';
import { checkHeader, mergeHeaders } from './header.ts';
import { determinesCek, unwrapCek } from './key-management/manage.ts';
import { DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_PBES2_COUNT } from './limits.ts';
import { bytesValue, textValue } from './trace-values.ts';
import { inflateRaw } from './zip.ts';
import { assertJweKeyFits, jweKeyPool } from './key-fit.ts';

/** Options of decrypt. */
export interface DecryptOptions {
  /** Key management algorithms accepted. Default: all but RSA1_5 and PBES2-*, which must be listed to be used. */
  algorithms?: readonly string[];
  /** Content encryption algorithms accepted. Default: all six. */
  encryptions?: readonly string[];
  /** Highest PBES2 "p2c" accepted (default DEFAULT_MAX_PBES2_COUNT, 10,000). */
  maxPbes2Count?: number;
  /** Largest plaintext a zip "DEF" JWE may inflate to (default DEFAULT_MAX_DECOMPRESSED_BYTES, 1 MiB). */
  maxDecompressedBytes?: number;
  trace?: Trace;
}

/** What decrypt returns for a JWE that opened. */
export interface DecryptResult {
  /** The merged JOSE Header of the recipient that opened the JWE. */
  header: JsonObject;
  /** The JWE Protected Header alone (empty when there is none). */
  protectedHeader: JsonObject;
  plaintext: Bytes;
  /** The plaintext as text, when it is valid UTF-8. */
  text?: string;
  /** The plaintext as a JSON object (JWT claims), unless the content is itself a token. */
  claims?: JsonObject;
  /** "cty" is JWT: the plaintext is a nested JWS or JWE to inspect and verify in turn (RFC 7519 §5.2). */
  nested?: true;
  /** Which recipient of a JSON JWE opened it (0 for compact). */
  recipientIndex: number;
  key: JoseKey;
  findings: Finding[];
}

/**
 * The algorithms a library caller gets without listing them: RSA1_5 and PBES2 need an explicit choice.
 *
 * @example
 * DEFAULT_DECRYPT_ALGORITHMS.includes('RSA1_5');                  // false
 * await decrypt(token, key, { algorithms: [...DEFAULT_DECRYPT_ALGORITHMS, 'PBES2-HS256+A128KW'] });
 */
export const DEFAULT_DECRYPT_ALGORITHMS: readonly JweAlg[] = JWE_ALGS.filter((a) => a !== 'RSA1_5' && !a.startsWith('PBES2'));

function toJwe(input: Jwe | string): { jwe: Jwe; compact: boolean } {
  if (typeof input !== 'string') {
    if (!input || input.kind !== 'JWE') throw new JoseError('ERR_MALFORMED', 'decrypt needs a JWE (compact text, JSON text or a Jwe object)');
    for (const member of ['iv', 'ciphertext', 'tag'] as const) {
      if (typeof input[member] !== 'string') throw new JoseError('ERR_MALFORMED', `The JWE "${member}" member must be a base64url string`, { segment: member });
    }
    if (!Array.isArray(input.recipients)) throw new JoseError('ERR_MALFORMED', 'The JWE "recipients" member must be an array');
    return { jwe: input, compact: false };
  }
  const json = input.trimStart().startsWith('{');
  const parsed = json ? deserializeJson(input) : deserializeCompact(input);
  if (parsed.kind !== 'JWE') throw new JoseError('ERR_MALFORMED', 'This is a JWS (signed), not a JWE (encrypted): verify it instead of decrypting it', { segment: 'token' });
  return { jwe: parsed, compact: !json };
}

function decode(value: string | undefined, segment: SegmentName, offset: number | undefined, allowEmpty: boolean): Bytes {
  return base64urlDecode(value ?? '', { segment, offset, allowEmpty });
}

const STAGE: Record<string, number> = {
  ERR_ALG_NOT_ALLOWED: 1, ERR_KEY_NOT_FOUND: 1, ERR_KEY_REQUIRED: 1, ERR_KEY_MISMATCH: 2, ERR_KEY_INVALID: 3, ERR_MALFORMED: 3, ERR_LIMIT_EXCEEDED: 4,
  ERR_KEY_UNWRAP_FAILED: 5, ERR_TAG_MISMATCH: 6, ERR_DECRYPTION_FAILED: 7,
};

function nestedJwt(cty: unknown): boolean {
  if (typeof cty !== 'string') return false;
  const lower = cty.toLowerCase();
  return lower === 'jwt' || lower === 'application/jwt';
}

/**
 * Decrypts a JWE (RFC 7516 §5.2) given as compact text, JSON text or a Jwe object, with a key, a
 * JWKS or a list. For a JSON JWE it tries every recipient the keys fit and says which opened it.
 * Throws a JoseError with a code for each way it can fail: ERR_KEY_MISMATCH, ERR_KEY_UNWRAP_FAILED,
 * ERR_TAG_MISMATCH, ERR_ALG_NOT_ALLOWED, ERR_LIMIT_EXCEEDED, ...
 *
 * @example
 * const { text, claims } = await decrypt(token, privateKey);
 * const legacy = await decrypt(token, rsaKey, { algorithms: ['RSA1_5'] });
 */
export async function decrypt(input: Jwe | string, keys: KeyInput, options: DecryptOptions = {}): Promise<DecryptResult> {
  const { trace } = options;
  try {
    return await run(input, keys, options);
  } catch (error) {
    if (error instanceof JoseError) {
      if (trace && !trace.steps.some((s) => s.status === 'failed')) traceFailure(trace, error.step ?? 'decrypt', 'Decryption failed', error.message);
      throw error;
    }
    // Nothing but a JoseError escapes for bad data.
    throw new JoseError('ERR_DECRYPTION_FAILED', `Decryption failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
}

async function run(input: Jwe | string, keys: KeyInput, options: DecryptOptions): Promise<DecryptResult> {
  const { trace } = options;
  const { jwe, compact } = toJwe(input);
  const maxPbes2Count = options.maxPbes2Count ?? DEFAULT_MAX_PBES2_COUNT;
  const maxDecompressed = options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES;
  const allowedAlgs = options.algorithms ?? DEFAULT_DECRYPT_ALGORITHMS;
  const allowedEncs = options.encryptions ?? JWE_ENCS;

  // Offsets into the compact text, for errors that point at a character.
  const off = compact
    ? (() => {
        const ek = (jwe.protected ?? '').length + 1;
        const iv = ek + (jwe.recipients[0]?.encrypted_key ?? '').length + 1;
        const ct = iv + jwe.iv.length + 1;
        return { header: 0, ek, iv, ct, tag: ct + jwe.ciphertext.length + 1 };
      })()
    : undefined;
  const protectedHeader = jwe.protected ? decodeProtectedHeader(jwe.protected, 0) : undefined;
  if (!Array.isArray(jwe.recipients) || jwe.recipients.length === 0) throw new JoseError('ERR_MALFORMED', 'The JWE has no recipients');
  const iv = decode(jwe.iv, 'iv', off?.iv, false);
  const ciphertext = decode(jwe.ciphertext, 'ciphertext', off?.ct, true);
  const tag = decode(jwe.tag, 'tag', off?.tag, false);
  const aadB64 = jwe.aad;
  if (aadB64 !== undefined) decode(aadB64, 'aad', undefined, true);
  traceStep(trace, {
    id: 'header',
    title: 'JWE Protected Header and the other parts',
    ref: 'RFC 7516 §5.2 steps 1-4',
    values: [
      textValue('protectedHeader', 'JWE Protected Header (UTF-8 JSON, as sent)', trace && jwe.protected ? utf8Decode(base64urlDecode(jwe.protected)) : ''),
      textValue('protectedHeader.b64', 'BASE64URL(UTF8(JWE Protected Header))', jwe.protected ?? ''),
      ...(jwe.unprotected ? [textValue('unprotectedHeader', 'JWE Shared Unprotected Header', JSON.stringify(jwe.unprotected))] : []),
      bytesValue('iv', 'Initialization Vector', iv),
      bytesValue('ciphertext', 'Ciphertext', ciphertext),
      bytesValue('tag.received', 'Authentication Tag', tag),
    ],
  });

  const attempts: JoseError[] = [];
  const record = (error: unknown, recipientIndex: number, key?: JoseKey) => {
    if (!(error instanceof JoseError)) throw error;
    attempts.push(error);
    traceFailure(trace, error.step ?? 'key-wrap', `Recipient ${recipientIndex + 1}${key?.kid ? ` (kid ${key.kid})` : ''}`, error.message);
  };

  for (let index = 0; index < jwe.recipients.length; index++) {
    const recipient = jwe.recipients[index]!;
    const header = mergeHeaders([protectedHeader, jwe.unprotected, recipient.header]);
    let alg: JweAlg;
    let enc: JweEnc;
    let zip: 'DEF' | undefined;
    try {
      ({ alg, enc, zip } = checkHeader(header, protectedHeader));
      if (!allowedAlgs.includes(alg)) {
        throw new JoseError('ERR_ALG_NOT_ALLOWED', `The JWE "alg" ${alg} is not allowed${alg === 'RSA1_5' || alg.startsWith('PBES2') ? ' by default; list it in the option algorithms to accept it' : ' (option algorithms)'}`, {
          segment: 'header',
          details: { alg, option: 'algorithms' },
        });
      }
      if (!allowedEncs.includes(enc)) throw new JoseError('ERR_ALG_NOT_ALLOWED', `The JWE "enc" ${enc} is not allowed (option encryptions)`, { segment: 'header', details: { enc, option: 'encryptions' } });
    } catch (error) {
      if (jwe.recipients.length === 1) throw error;
      record(error, index);
      continue;
    }
    // Structure before work: exact IV and tag sizes, no encrypted key where the alg has none.
    checkIvAndTag(enc, iv, tag, { iv: off?.iv, tag: off?.tag });
    const encryptedKey = decode(recipient.encrypted_key, 'encrypted_key', off?.ek, true);
    if (determinesCek(alg) && encryptedKey.length !== 0) {
      throw new JoseError('ERR_MALFORMED', `With "alg" ${alg} the JWE Encrypted Key must be empty (RFC 7516 §5.2 step 10)`, { segment: 'encrypted_key', offset: off?.ek });
    }
    if (!determinesCek(alg) && encryptedKey.length === 0) {
      throw new JoseError('ERR_MALFORMED', `With "alg" ${alg} the JWE Encrypted Key must not be empty`, { segment: 'encrypted_key', offset: off?.ek });
    }

    let candidates: JoseKey[];
    const { pool, original } = jweKeyPool(keys, alg, enc);
    try {
      candidates = selectKeys(pool, header, 'decrypt').map(original);
    } catch (error) {
      if (jwe.recipients.length === 1) throw error;
      record(error, index);
      continue;
    }
    for (const key of candidates) {
      try {
        const findings = assertJweKeyFits(key, alg, enc, 'decrypt');
        const result = await open({ jwe, header, protectedHeader, alg, enc, zip, key, encryptedKey, iv, ciphertext, tag, maxPbes2Count, maxDecompressed, trace });
        const kid = kidMismatch(header, key, 'decrypt');
        return { ...result, recipientIndex: index, key, findings: [...findings, ...(kid ? [kid] : []), ...result.findings] };
      } catch (error) {
        record(error, index, key);
      }
    }
  }
  throw bestError(attempts);
}

function bestError(attempts: JoseError[]): JoseError {
  if (attempts.length === 1) return attempts[0]!;
  let best = attempts[0]!;
  for (const e of attempts) if ((STAGE[e.code] ?? 0) > (STAGE[best.code] ?? 0)) best = e;
  const summary = attempts.map((e, i) => `${i + 1}: ${e.message}`).join('; ');
  return new JoseError(best.code, `No recipient could be decrypted with the key(s) given. ${summary}`, {
    segment: best.segment,
    step: best.step,
    cause: best,
    details: { attempts: attempts.map((e) => ({ code: e.code, message: e.message })) },
  });
}

interface OpenInput {
  jwe: Jwe;
  header: JsonObject;
  protectedHeader: JsonObject | undefined;
  alg: JweAlg;
  enc: JweEnc;
  zip: 'DEF' | undefined;
  key: JoseKey;
  encryptedKey: Bytes;
  iv: Bytes;
  ciphertext: Bytes;
  tag: Bytes;
  maxPbes2Count: number;
  maxDecompressed: number;
  trace?: Trace;
}

async function open(x: OpenInput): Promise<Omit<DecryptResult, 'recipientIndex' | 'key'>> {
  const { trace } = x;
  const findings: Finding[] = [];
  if (x.alg === 'RSA1_5') {
    findings.push({ code: 'JWE_RSA1_5_DEPRECATED', severity: 'danger', message: 'RSA1_5 (RSAES-PKCS1-v1_5) is deprecated: it is open to padding-oracle attacks; use RSA-OAEP-256', ref: rfcRef(7518, '4.2') });
  }
  if (JWE_ALG_INFO[x.alg].family === 'PBES2' && typeof x.header.p2c === 'number' && x.header.p2c < 1000) {
    findings.push({ code: 'JWE_PBES2_LOW_COUNT', severity: 'warning', message: `The PBES2 iteration count "p2c" is ${x.header.p2c}; RFC 7518 §4.8.1.2 recommends at least 1000`, ref: rfcRef(7518, '4.8.1.2') });
  }
  const cek = await unwrapCek({ alg: x.alg, enc: x.enc, key: x.key, encryptedKey: x.encryptedKey, header: x.header, maxPbes2Count: x.maxPbes2Count, trace });
  traceStep(trace, { id: 'cek', title: 'Content Encryption Key', ref: 'RFC 7516 §5.2 steps 10-11', values: [bytesValue('cek', 'CEK', cek)] });
  const aad = utf8Encode(x.jwe.aad === undefined ? (x.jwe.protected ?? '') : `${x.jwe.protected ?? ''}.${x.jwe.aad}`);
  traceStep(trace, { id: 'aad', title: 'Additional authenticated data', ref: 'RFC 7516 §5.2 step 15', values: [bytesValue('aad', 'AAD', aad)] });
  let plaintext = await decryptContent(x.enc, cek, x.iv, x.ciphertext, x.tag, aad, trace, x.alg === 'dir' ? x.key : undefined);
  if (x.zip === 'DEF') {
    plaintext = await inflateRaw(plaintext, x.maxDecompressed);
    traceStep(trace, { id: 'inflate', title: 'Decompress with raw DEFLATE (zip "DEF")', ref: 'RFC 7516 §5.2 step 17', values: [bytesValue('plaintext', 'Inflated plaintext', plaintext)] });
  }
  const text = tryUtf8Decode(plaintext);
  const result: Omit<DecryptResult, 'recipientIndex' | 'key'> = { header: x.header, protectedHeader: x.protectedHeader ?? {}, plaintext, findings };
  if (text !== undefined) result.text = text;
  if (nestedJwt(x.header.cty)) {
    result.nested = true;
    findings.push({ code: 'JWE_NESTED_JWT', severity: 'info', message: 'The content is a nested JWT ("cty": "JWT"): inspect and verify the inner token too', ref: rfcRef(7519, '5.2') });
  } else if (text !== undefined && text.trimStart().startsWith('{')) {
    try {
      const parsed = parseJson(text, { rejectDuplicates: false, what: 'claims' });
      if (isJsonObject(parsed.value)) {
        result.claims = parsed.value;
        for (const d of parsed.duplicates) {
          findings.push({ code: 'CLAIMS_DUPLICATE_MEMBER', severity: 'warning', message: `The claim ${echo(d.name)} appears more than once; the last value is used`, ref: rfcRef(7519, '4') });
        }
      }
    } catch {
      // Not JSON: the plaintext stays text.
    }
  }
  traceStep(trace, { id: 'plaintext', title: 'Plaintext', values: [bytesValue('plaintext', 'Plaintext', plaintext)] });
  return result;
}
