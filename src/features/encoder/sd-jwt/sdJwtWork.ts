/**
 * Issue and present for the encoder's SD-JWT panel. Loaded on demand (the panel imports it
 * dynamically), so the SD-JWT engine code stays out of the first load. Throws Error with a message
 * the panel shows as it is.
 */
import {
  decodeSdJwt, importKey, isJoseError, issueSdJwt, presentSdJwt, type JoseKey, type JsonObject, type JsonValue, type SdAlg,
} from '../../../jose/index.ts';
import { isEncryptAlg, type EncoderAlg } from '../algorithms.ts';
import { checkFit, EncodeProblem, errorWords, jwkText, readKey, type KeyEntry } from '../keyInput.ts';
import { words, type WordValue } from '../../../lib/i18n/words.ts';
import type { MessageId } from '../../../lib/i18n/index.ts';
import { parseClaims } from './claimTree.ts';

export interface IssueInput {
  claimsText: string;
  headerText: string;
  alg: EncoderAlg;
  issuerKey: KeyEntry;
  disclose: readonly string[];
  sdAlg: SdAlg;
  decoys: number;
  holderKeyText: string;
}

/** A Disclosure of the issued SD-JWT, as the Present step lists it. */
export interface IssuedDisclosure {
  /** Where it lands in the processed claims (what presentSdJwt's `disclose` takes). */
  pointer: string;
  value: JsonValue;
}

export interface Issued {
  token: string;
  disclosures: IssuedDisclosure[];
  sdAlg: SdAlg;
  /** A holder key went into "cnf". */
  holderBound: boolean;
  /** The holder key can sign a KB-JWT (it is private). */
  holderCanSign: boolean;
  /** The key that verifies the Issuer's signature, as the decoder should get it. */
  decodeKey: { keyText: string; keyEncoding: KeyEntry['encoding'] };
}

function message(error: unknown): string {
  return isJoseError(error) || error instanceof Error ? error.message : String(error);
}

/** An error with its sentence as parameters (the panel says it in the person's language). */
function said(text: string, id: MessageId, values?: Record<string, WordValue>, cause?: unknown): EncodeProblem {
  const problem = new EncodeProblem(text, { words: { words: words(id, values) } });
  if (cause !== undefined) Object.assign(problem, { cause });
  return problem;
}

/** What was thrown, as a sentence value: its own words, an engine error, or its message. */
function thrownWords(error: unknown): WordValue {
  return error instanceof EncodeProblem && error.words !== undefined ? error.words : isJoseError(error) ? errorWords(error) : message(error);
}

async function holderKey(text: string): Promise<JoseKey | undefined> {
  if (text.trim() === '') return undefined;
  try {
    const k = await importKey(text);
    if (k.type === 'set') throw said('paste one key, not a key set', 'encode.sd.holderSet');
    if (k.type === 'secret') throw said('a holder key is an asymmetric key pair (EC, OKP, RSA or AKP), not a shared secret', 'encode.sd.holderSecret');
    return k;
  } catch (error) {
    throw said(`The holder key cannot be read: ${message(error)}`, 'encode.sd.holderUnreadable', { error: thrownWords(error) }, error);
  }
}

/** The Protected header for the Issuer-signed JWT: the editor's header without "alg"; "typ" JWT becomes example+sd-jwt. */
export function issuerHeader(headerText: string): JsonObject {
  let header: JsonObject = {};
  try {
    const parsed = JSON.parse(headerText) as JsonValue;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) header = parsed;
  } catch {
    // The encoder's own status already says the header is not JSON; the SD-JWT gets a plain typ.
  }
  const { alg: _alg, ...rest } = header;
  if (rest.typ === undefined || rest.typ === 'JWT') rest.typ = 'example+sd-jwt';
  return rest;
}

/**
 * Issues an SD-JWT from the encoder's claims, header and key, with the chosen members disclosable.
 *
 * @example
 * const issued = await issue({ claimsText: '{"given_name":"Erika"}', headerText: '{"alg":"ES256"}', alg: 'ES256', issuerKey, disclose: ['/given_name'], sdAlg: 'sha-256', decoys: 0, holderKeyText: '' });
 */
export async function issue(input: IssueInput): Promise<Issued> {
  if (input.alg === 'none' || isEncryptAlg(input.alg)) throw said('An SD-JWT is signed: choose a signing algorithm (not "none", not a JWE one) in Algorithm', 'encode.sd.mustSign');
  const { claims, problem, problemWords } = parseClaims(input.claimsText);
  if (!claims) throw new EncodeProblem(problem!, problemWords ? { words: { words: problemWords } } : {});
  const header = issuerHeader(input.headerText);
  const read = await readKey(input.issuerKey, input.alg, header.kid);
  const { key } = checkFit(read.key, input.alg);
  const holder = await holderKey(input.holderKeyText);
  let token: string;
  try {
    token = await issueSdJwt(claims, key, {
      alg: input.alg,
      disclose: input.disclose,
      sdAlg: input.sdAlg,
      ...(input.decoys > 0 ? { decoys: input.decoys } : {}),
      header,
      ...(holder ? { holderKey: holder } : {}),
    });
  } catch (error) {
    throw said(`The SD-JWT could not be issued: ${message(error)}`, 'encode.sd.notIssuedError', { error: thrownWords(error) }, error);
  }
  const decoded = await decodeSdJwt(token);
  return {
    token,
    disclosures: decoded.disclosures.map((d) => ({ pointer: d.pointer, value: d.value })),
    sdAlg: input.sdAlg,
    holderBound: holder !== undefined,
    holderCanSign: holder?.type === 'private',
    decodeKey: key.type === 'secret' ? { keyText: input.issuerKey.text, keyEncoding: input.issuerKey.encoding } : { keyText: jwkText(key, 'public'), keyEncoding: 'utf8' },
  };
}

export interface PresentInput {
  token: string;
  reveal: readonly string[];
  /** Append a Key Binding JWT signed with the holder key. */
  keyBinding: boolean;
  holderKeyText: string;
  aud: string;
  nonce: string;
}

/** The holder's presentation: the chosen Disclosures, and a KB-JWT over them when asked. */
export async function present(input: PresentInput): Promise<string> {
  const holder = input.keyBinding ? await holderKey(input.holderKeyText) : undefined;
  if (input.keyBinding && holder?.type !== 'private') throw said('A Key Binding JWT is signed with the holder\'s private key: paste it in Holder key, or press Generate holder key', 'encode.sd.kbNeedsPrivate');
  try {
    return await presentSdJwt(input.token, {
      disclose: input.reveal,
      ...(holder ? { holderKey: holder, aud: input.aud, nonce: input.nonce } : {}),
    });
  } catch (error) {
    throw said(`The presentation could not be made: ${message(error)}`, 'encode.sd.notPresentedError', { error: thrownWords(error) }, error);
  }
}
