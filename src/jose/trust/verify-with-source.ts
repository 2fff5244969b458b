/**
 * Verifies a JWS with a key from a named source, so the result says where the key came from:
 * pasted, the header's own "jwk" (untrusted), the leaf of the header's "x5c" (trusted only up to a
 * pasted root, or when the person opts in), or a JWKS fetched from a URL.
 */
import { JoseError } from '../lib/errors.ts';
import type { JsonObject } from '../lib/json.ts';
import type { JoseKeySet, KeyInput } from '../jwk/types.ts';
import { readToken } from '../serialize/parse.ts';
import type { ParsedToken } from '../serialize/types.ts';
import { verify, type VerifyOptions, type VerifyResult } from '../jws/verify.ts';
import { headerPublicKey } from './header-key.ts';
import { readKeyDocument } from './key-document.ts';
import { headerJwkProvenance, jwksProvenance, pastedProvenance, x5cProvenance } from '../jwk/provenance.ts';
import { checkX5c } from './x5c-chain.ts';

/** Where verifyWithKeySource takes the key from. */
export type KeySource =
  | { source: 'pasted'; key: KeyInput }
  /** The token's own "jwk": a valid signature then proves possession of that key and nothing more. */
  | { source: 'header-jwk' }
  /** The leaf of "x5c": used when the chain reaches one of `roots`, or when `trustLeaf` is set (the result then says "not checked"). */
  | { source: 'x5c'; roots?: string | readonly string[]; trustLeaf?: boolean }
  /** A JWKS fetched from `url`: its text (readKeyDocument reads it) or the imported set. */
  | { source: 'jwks-url'; url: string; jwks: string | JoseKeySet };

/** The JOSE Header of a JWS read once; verify then takes the same parsed token, so nothing is read twice. */
function headerOf(token: ParsedToken): JsonObject {
  if (token.error) throw token.error;
  if (!token.jws || !token.header) {
    throw new JoseError('ERR_MALFORMED', token.jwe ? 'This is a JWE: there is no signature to verify with a header key' : 'Not a JWS: there is no header to take a key from', { segment: 'token' });
  }
  return token.header;
}

/**
 * verify() with the key taken from `source`; the result's `provenance` says which. Throws what
 * verify throws, and ERR_X5C_UNTRUSTED when an x5c chain is not trusted and the leaf was not opted
 * into (its `details.chain` holds the checked chain for display).
 *
 * `text` is the token, or a parsed token (parseToken, inspect) read once already.
 *
 * @example
 * const r = await verifyWithKeySource(token, { source: 'x5c', roots: rootPem });
 * r.provenance.label // "from the header's x5c (chain checked up to a pasted root: CN=Root)"
 */
export async function verifyWithKeySource(text: string | ParsedToken, source: KeySource, options: VerifyOptions = {}): Promise<VerifyResult> {
  // Read once here (as verify would), so the header-key sources and verify share the same parsed token.
  const token = typeof text === 'string' ? readToken(text, { deferContent: true }).token : text;
  switch (source.source) {
    case 'pasted':
      return verify(token, source.key, { ...options, provenance: pastedProvenance() });
    case 'header-jwk':
      return verify(token, await headerPublicKey(headerOf(token)), { ...options, provenance: headerJwkProvenance() });
    case 'x5c': {
      const header = headerOf(token);
      const chain = await checkX5c(header.x5c, { ...(source.roots !== undefined ? { roots: source.roots } : {}), ...(options.now !== undefined ? { now: options.now } : {}), header });
      if (!chain.trusted && !source.trustLeaf) {
        throw new JoseError('ERR_X5C_UNTRUSTED', `The x5c chain is not trusted (${chain.status}): ${chain.problems.join('; ')}. Paste its root certificate, or choose to use the leaf key anyway`, { segment: 'header', details: { chain } });
      }
      return verify(token, chain.leafKey, { ...options, provenance: x5cProvenance(chain) });
    }
    case 'jwks-url': {
      let keys: JoseKeySet;
      if (typeof source.jwks === 'string') {
        const doc = await readKeyDocument(source.jwks, { url: source.url });
        if (doc.kind !== 'jwks') throw new JoseError('ERR_KEY_INVALID', `The document at ${source.url} is discovery metadata, not a JWKS: fetch its jwks_uri ${doc.jwksUri}`, { segment: 'key', details: { jwksUri: doc.jwksUri } });
        keys = doc.keys;
      } else keys = source.jwks;
      const result = await verify(token, keys, { ...options, provenance: jwksProvenance(source.url) });
      return { ...result, provenance: jwksProvenance(source.url, result.key.kid) };
    }
    default:
      throw new TypeError('verifyWithKeySource: unknown key source');
  }
}
