import { asciiBytes, tryUtf8Decode, utf8Decode, type Bytes } from '../lib/bytes.ts';
import { JoseError, rfcRef, echo, type Finding } from '../lib/errors.ts';
import type { FindingCode } from '../lib/finding-codes.ts';
import { isJsonObject, parseJson, type JsonObject } from '../lib/json.ts';
import { JWE_ALG_INFO, JWE_ALGS, JWE_ENCS, type JweAlg, type JweEnc } from '../lib/registry.ts';
import { base64urlDecode } from '../lib/base64url.ts';
import { bytesValue, textValue, traceFailure, traceStep, type Trace } from '../lib/trace.ts';
import { headerFindings } from '../header/findings.ts';
import { kidMismatch } from '../jwk/kid.ts';
import { selectKeys } from '../jwk/select.ts';
import type { JoseKey, JoseKeySet, KeyInput } from '../jwk/types.ts';
import type { ParsedToken } from '../serialize/types.ts';
import type { Jwe } from '../types.ts';
import { checkIvAndTag, decryptContent } from './content/aead.ts';
import { decryptInput, type DecryptInput } from './decrypt-input.ts';
import { checkHeader, mergeHeaders } from './header.ts';
import { assertJweKeyFits, jweKeyPool } from './key-fit.ts';
import { directCek } from './key-management/dir.ts';
import { determinesCek, unwrapCek } from './key-management/manage.ts';
import { DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_PBES2_COUNT } from './limits.ts';
import { inflateRaw } from './zip.ts';

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

/** How far an attempt got before it failed: the furthest failure explains a multi-recipient JWE best. */
const STAGE: Record<string, number> = {
  ERR_ALG_NOT_ALLOWED: 1, ERR_KEY_NOT_FOUND: 1, ERR_KEY_REQUIRED: 1, ERR_KEY_MISMATCH: 2, ERR_KEY_INVALID: 3, ERR_MALFORMED: 3, ERR_LIMIT_EXCEEDED: 4,
  ERR_KEY_UNWRAP_FAILED: 5, ERR_TAG_MISMATCH: 6, ERR_DECRYPTION_FAILED: 7,
};

/** One recipient, checked and ready to open with a key. */
interface Recipient {
  read: DecryptInput;
  index: number;
  header: JsonObject;
  alg: JweAlg;
  enc: JweEnc;
  zip: 'DEF' | undefined;
  encryptedKey: Bytes;
}

interface Limits {
  maxPbes2Count: number;
  maxDecompressed: number;
  trace: Trace | undefined;
}

/**
 * Decrypts a JWE (RFC 7516 §5.2) — compact or JSON text, a parsed token (parseToken or inspect's
 * result), or a Jwe object — with a key, a JWKS or a list. For a JSON JWE it tries every recipient
 * the keys fit and says which opened it. Throws a JoseError with a code for each way it can fail:
 * ERR_KEY_MISMATCH, ERR_KEY_UNWRAP_FAILED, ERR_TAG_MISMATCH, ERR_ALG_NOT_ALLOWED, ERR_LIMIT_EXCEEDED, ...
 *
 * @example
 * const { text, claims } = await decrypt(token, privateKey);
 * const legacy = await decrypt(token, rsaKey, { algorithms: ['RSA1_5'] });
 */
export async function decrypt(input: Jwe | ParsedToken | string, keys: KeyInput, options: DecryptOptions = {}): Promise<DecryptResult> {
  const { trace } = options;
  try {
    return await decryptRecipients(decryptInput(input), keys, options);
  } catch (error) {
    if (error instanceof JoseError) {
      if (trace && !trace.steps.some((s) => s.status === 'failed')) traceFailure(trace, error.step ?? 'decrypt', 'Decryption failed', error.message);
      throw error;
    }
    // Nothing but a JoseError escapes for bad data.
    throw new JoseError('ERR_DECRYPTION_FAILED', `Decryption failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
}

function traceParts(trace: Trace, read: DecryptInput): void {
  const { jwe } = read;
  traceStep(trace, {
    id: 'header',
    title: 'JWE Protected Header and the other parts',
    ref: 'RFC 7516 §5.2 steps 1-4',
    values: [
      textValue('protectedHeader', 'JWE Protected Header (UTF-8 JSON, as sent)', jwe.protected ? utf8Decode(base64urlDecode(jwe.protected)) : ''),
      textValue('protectedHeader.b64', 'BASE64URL(UTF8(JWE Protected Header))', jwe.protected ?? ''),
      ...(jwe.unprotected ? [textValue('unprotectedHeader', 'JWE Shared Unprotected Header', JSON.stringify(jwe.unprotected))] : []),
      bytesValue('iv', 'Initialization Vector', read.iv),
      bytesValue('ciphertext', 'Ciphertext', read.ciphertext),
      bytesValue('tag.received', 'Authentication Tag', read.tag),
    ],
  });
}

async function decryptRecipients(read: DecryptInput, keys: KeyInput, options: DecryptOptions): Promise<DecryptResult> {
  const { trace } = options;
  const limits: Limits = { maxPbes2Count: options.maxPbes2Count ?? DEFAULT_MAX_PBES2_COUNT, maxDecompressed: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES, trace };
  if (trace) traceParts(trace, read);
  const count = read.jwe.recipients.length;
  const attempts: JoseError[] = [];
  const record = (error: unknown, index: number, key?: JoseKey) => {
    if (!(error instanceof JoseError)) throw error;
    attempts.push(error);
    traceFailure(trace, error.step ?? 'key-wrap', `Recipient ${index + 1}${key?.kid ? ` (kid ${key.kid})` : ''}`, error.message);
  };
  for (let index = 0; index < count; index++) {
    let recipient: Recipient;
    try {
      recipient = checkRecipient(read, index, options);
    } catch (error) {
      if (count === 1) throw error;
      record(error, index);
      continue;
    }
    recipient.encryptedKey = checkStructure(read, index, recipient.alg, recipient.enc);
    let candidates: JoseKey[];
    try {
      candidates = candidateKeys(keys, recipient);
    } catch (error) {
      if (count === 1) throw error;
      record(error, index);
      continue;
    }
    for (const key of candidates) {
      try {
        const findings = assertJweKeyFits(key, recipient.alg, recipient.enc, 'decrypt');
        const result = await openWithKey(recipient, key, limits);
        const kid = kidMismatch(recipient.header, key, 'decrypt');
        return { ...result, recipientIndex: index, key, findings: [...findings, ...(kid ? [kid] : []), ...result.findings] };
      } catch (error) {
        record(error, index, key);
      }
    }
  }
  throw bestError(attempts);
}

/** A recipient's merged header, its alg, enc and zip checked against the options. */
function checkRecipient(read: DecryptInput, index: number, options: DecryptOptions): Recipient {
  const { jwe, protectedHeader } = read;
  const perRecipient = jwe.recipients[index]!.header;
  const header = jwe.unprotected || perRecipient ? mergeHeaders([protectedHeader, jwe.unprotected, perRecipient]) : (protectedHeader ?? {});
  const { alg, enc, zip } = checkHeader(header, protectedHeader);
  const allowedAlgs = options.algorithms ?? DEFAULT_DECRYPT_ALGORITHMS;
  if (!allowedAlgs.includes(alg)) {
    throw new JoseError('ERR_ALG_NOT_ALLOWED', `The JWE "alg" ${alg} is not allowed${alg === 'RSA1_5' || alg.startsWith('PBES2') ? ' by default; list it in the option algorithms to accept it' : ' (option algorithms)'}`, {
      segment: 'header',
      details: { alg, option: 'algorithms' },
    });
  }
  if (!(options.encryptions ?? JWE_ENCS).includes(enc)) throw new JoseError('ERR_ALG_NOT_ALLOWED', `The JWE "enc" ${enc} is not allowed (option encryptions)`, { segment: 'header', details: { enc, option: 'encryptions' } });
  return { read, index, header, alg, enc, zip, encryptedKey: EMPTY };
}

const EMPTY = new Uint8Array(0);

/** Structure before work: exact IV and tag sizes, no encrypted key where the alg has none (RFC 7516 §5.2 step 10). */
function checkStructure(read: DecryptInput, index: number, alg: JweAlg, enc: JweEnc): Bytes {
  const { offsets } = read;
  checkIvAndTag(enc, read.iv, read.tag, { iv: offsets.iv, tag: offsets.tag });
  const encryptedKey = read.encryptedKey(index);
  if (determinesCek(alg) && encryptedKey.length !== 0) {
    throw new JoseError('ERR_MALFORMED', `With "alg" ${alg} the JWE Encrypted Key must be empty (RFC 7516 §5.2 step 10)`, { segment: 'encrypted_key', offset: offsets.encryptedKey });
  }
  if (!determinesCek(alg) && encryptedKey.length === 0) {
    throw new JoseError('ERR_MALFORMED', `With "alg" ${alg} the JWE Encrypted Key must not be empty`, { segment: 'encrypted_key', offset: offsets.encryptedKey });
  }
  return encryptedKey;
}

/** The keys worth trying for a recipient: one key as it is; a set narrowed by kid, alg and use. */
function candidateKeys(keys: KeyInput, recipient: Recipient): JoseKey[] {
  if (!Array.isArray(keys) && (keys as JoseKey | JoseKeySet).type !== 'set') return [keys as JoseKey];
  const { pool, original } = jweKeyPool(keys, recipient.alg, recipient.enc);
  return selectKeys(pool, recipient.header, 'decrypt').map(original);
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

/** What decrypt says about the alg it used (inspect shows every header finding; a decrypt result only these). */
const ALG_FINDINGS: ReadonlySet<FindingCode> = new Set(['ALG_RSA1_5', 'PBES2_P2C_LOW']);

function algFindings(recipient: Recipient): Finding[] {
  if (recipient.alg !== 'RSA1_5' && JWE_ALG_INFO[recipient.alg].family !== 'PBES2') return [];
  return headerFindings('JWE', recipient.header, recipient.read.protectedHeader, []).filter((f) => ALG_FINDINGS.has(f.code));
}

/** RFC 7516 §5.2 steps 9-18 for one recipient and one key: unwrap the CEK, decrypt, inflate, read the plaintext. */
async function openWithKey(recipient: Recipient, key: JoseKey, limits: Limits): Promise<Omit<DecryptResult, 'recipientIndex' | 'key'>> {
  const { read, alg, enc, header } = recipient;
  const { trace } = limits;
  const findings = algFindings(recipient);
  // "dir": the key is the CEK, read without a turn of the event loop.
  const cek = alg === 'dir' ? directCek(key, enc, trace) : await unwrapCek({ alg, enc, key, encryptedKey: recipient.encryptedKey, header, maxPbes2Count: limits.maxPbes2Count, trace });
  if (trace) traceStep(trace, { id: 'cek', title: 'Content Encryption Key', ref: 'RFC 7516 §5.2 steps 10-11', values: [bytesValue('cek', 'CEK', cek)] });
  const { jwe } = read;
  // Base64url text, so ASCII; it goes to Web Crypto only unless a trace shows it.
  const aad = asciiBytes(jwe.aad === undefined ? (jwe.protected ?? '') : `${jwe.protected ?? ''}.${jwe.aad}`, !trace);
  if (trace) traceStep(trace, { id: 'aad', title: 'Additional authenticated data', ref: 'RFC 7516 §5.2 step 15', values: [bytesValue('aad', 'AAD', aad)] });
  let plaintext = await decryptContent(enc, cek, read.iv, read.ciphertext, read.tag, aad, trace, alg === 'dir' ? key : undefined);
  if (recipient.zip === 'DEF') {
    plaintext = await inflateRaw(plaintext, limits.maxDecompressed);
    if (trace) traceStep(trace, { id: 'inflate', title: 'Decompress with raw DEFLATE (zip "DEF")', ref: 'RFC 7516 §5.2 step 17', values: [bytesValue('plaintext', 'Inflated plaintext', plaintext)] });
  }
  const result = { header, protectedHeader: read.protectedHeader ?? {}, plaintext, findings, ...readPlaintext(plaintext, header, findings) };
  if (trace) traceStep(trace, { id: 'plaintext', title: 'Plaintext', values: [bytesValue('plaintext', 'Plaintext', plaintext)] });
  return result;
}

/** The plaintext as text, and as claims unless "cty" says it is a nested JWT (RFC 7519 §5.2); findings added to `findings`. */
function readPlaintext(plaintext: Bytes, header: JsonObject, findings: Finding[]): Pick<DecryptResult, 'text' | 'claims' | 'nested'> {
  const text = tryUtf8Decode(plaintext);
  const out: Pick<DecryptResult, 'text' | 'claims' | 'nested'> = text !== undefined ? { text } : {};
  const cty = typeof header.cty === 'string' ? header.cty.toLowerCase() : undefined;
  if (cty === 'jwt' || cty === 'application/jwt') {
    out.nested = true;
    findings.push({ code: 'NESTED_JWT', severity: 'info', message: 'The content is a nested JWT ("cty": "JWT"): inspect and verify the inner token too', params: { decrypted: true }, ref: rfcRef(7519, '5.2') });
  } else if (text !== undefined && text.trimStart().startsWith('{')) {
    try {
      const parsed = parseJson(text, { rejectDuplicates: false, what: 'claims' });
      if (isJsonObject(parsed.value)) {
        out.claims = parsed.value;
        for (const d of parsed.duplicates) {
          findings.push({ code: 'CLAIM_DUPLICATE', severity: 'warning', message: `The claim ${echo(d.name)} appears more than once; the last value is used`, params: { name: echo(d.name), decrypted: true }, ref: rfcRef(7519, '4') });
        }
      }
    } catch {
      // Not JSON: the plaintext stays text.
    }
  }
  return out;
}
