/**
 * Where a verifying key came from. A signature that verifies proves only that the holder of that
 * key signed; whether that means anything depends on why the key is trusted, so every verification
 * result carries this, and the UI shows `label` next to the verdict.
 */
import { echo } from '../lib/errors.ts';
import type { X5cChain } from './x5c-types.ts';

/** Where a verifying key came from; `label` is the sentence the UI shows, `trusted` whether the token could have chosen it. */
export type KeyProvenance =
  /** The person pasted or chose the key: they vouch for it. */
  | { source: 'pasted'; trusted: true; label: string }
  /** The token's own "jwk" header: it chose its key, so a valid signature proves possession, nothing more. */
  | { source: 'header-jwk'; trusted: false; label: string }
  /** The leaf of the token's "x5c" chain: trusted only when the chain was checked up to a root the person pasted. */
  | { source: 'x5c'; trusted: boolean; chainChecked: boolean; anchor?: string; label: string; chain?: X5cChain }
  /** A JWKS the person fetched from a URL they typed (or found through the issuer's discovery document). */
  | { source: 'jwks-url'; trusted: true; url: string; kid?: string; label: string };

/** The four places a key can come from. */
export type KeySourceKind = KeyProvenance['source'];

const PASTED: KeyProvenance = Object.freeze({ source: 'pasted', trusted: true, label: 'pasted' });

/**
 * The key was pasted or chosen by the person (verify's default).
 *
 * @example
 * pastedProvenance().label // 'pasted'
 */
export function pastedProvenance(): KeyProvenance {
  return PASTED;
}

/**
 * The key is the token's own "jwk" header: untrusted.
 *
 * @example
 * headerJwkProvenance().trusted // false
 */
export function headerJwkProvenance(): KeyProvenance {
  return { source: 'header-jwk', trusted: false, label: "from the header's jwk (untrusted: the token chose its key)" };
}

/**
 * The x5c leaf. Trusted only when the chain was checked up to a pasted root; otherwise the person
 * chose to use the leaf anyway, and the label says what the chain check found.
 *
 * @example
 * x5cProvenance(await checkX5c(header.x5c, { roots: rootPem })).label
 * // "from the header's x5c (chain checked up to a pasted root: CN=Root)"
 */
export function x5cProvenance(chain: X5cChain): KeyProvenance {
  const why = { trusted: '', 'not-anchored': 'chain not checked', broken: 'chain broken, used because you chose to', expired: 'a certificate is out of its validity period, used because you chose to' }[chain.status];
  return {
    source: 'x5c',
    trusted: chain.trusted,
    chainChecked: chain.trusted,
    ...(chain.trusted && chain.anchor !== undefined ? { anchor: chain.anchor } : {}),
    label: chain.trusted ? `from the header's x5c (chain checked up to a pasted root: ${chain.anchor})` : `from the header's x5c (${why || 'chain not trusted'})`,
    chain,
  };
}

/**
 * The key came from a JWKS fetched at `url` (the kid of the key that verified, when known).
 *
 * @example
 * jwksProvenance('https://op.example/jwks', 'k1').label // 'from a JWKS you fetched at https://op.example/jwks (kid "k1")'
 */
export function jwksProvenance(url: string, kid?: string): KeyProvenance {
  return { source: 'jwks-url', trusted: true, url, ...(kid !== undefined ? { kid } : {}), label: `from a JWKS you fetched at ${url}${kid !== undefined ? ` (kid ${echo(kid)})` : ''}` };
}
