/**
 * Where `verify` takes the key from, as the engine's KeySource (verifyWithKeySource): --key (the
 * person vouches for it), --jwks / --issuer (fetched from a URL they typed), or --key-source
 * header-jwk | x5c (the token's own key; x5c trusted only up to a --trust-root). The result's
 * provenance then says which, in the engine's words.
 */
import type { Finding, JoseKey, JoseKeySet, KeySource } from '../jose/index.ts';
import { str, type Values } from './command.ts';
import { usage } from './errors.ts';
import { readKeyArg } from './io.ts';
import { loadKeyOption } from './key-input.ts';

export const KEY_SOURCE_OPTIONS = {
  jwks: { type: 'string' },
  issuer: { type: 'string' },
  'key-source': { type: 'string' },
  'trust-root': { type: 'string', multiple: true },
  'trust-leaf': { type: 'boolean' },
  timeout: { type: 'string' },
} as const;

export const KEY_SOURCE_HELP = `  --jwks URL           fetch the keys from this JWKS URL (https, or http to this machine; a metadata URL is followed)
  --issuer URL         fetch the keys through the issuer's OpenID or RFC 8414 metadata; "iss" must match
  --timeout S          seconds to wait for each --jwks / --issuer request (default 10)
  --key-source SRC     header-jwk: the token's own "jwk" (untrusted: proves possession only, as for DPoP);
                       x5c: the leaf of its "x5c" chain, checked up to a --trust-root
  --trust-root FILE    a root certificate (PEM or DER) the x5c chain must reach (repeatable)
  --trust-leaf         use the x5c leaf even when its chain reaches no trusted root (said so in the output)`;

/** The key source, and what the report needs besides: the keys for "key tried", the issuer, document findings. */
export interface ResolvedSource {
  source: KeySource;
  /** The keys themselves, when known before verifying (--key, --jwks, --issuer). */
  keys?: JoseKey | JoseKeySet;
  /** Where the keys are, for "key tried" when there is no key object: "the header's \"jwk\"". */
  where: string;
  /** The issuer named by the metadata (--issuer): "iss" must be it. */
  issuer?: string;
  findings: Finding[];
}

function timeoutMs(values: Values): number {
  const timeout = Number(str(values, 'timeout') ?? 10);
  if (!(timeout > 0)) throw usage('--timeout must be a number of seconds above 0');
  return timeout * 1000;
}

function trustRoots(values: Values): string[] | undefined {
  const roots = values['trust-root'];
  if (roots === undefined) return undefined;
  return (Array.isArray(roots) ? roots : [String(roots)]).map((r) => readKeyArg(r).text);
}

/** Reads the key options; undefined when none was given. */
export async function resolveKeySource(values: Values): Promise<ResolvedSource | undefined> {
  const keySource = str(values, 'key-source');
  if (keySource !== undefined && keySource !== 'header-jwk' && keySource !== 'x5c') throw usage(`--key-source must be header-jwk or x5c, not ${JSON.stringify(keySource)}`);
  const given = ['key', 'jwks', 'issuer', 'key-source'].filter((o) => values[o] !== undefined);
  if (given.length > 1) throw usage(`Give one of --key, --jwks, --issuer and --key-source, not ${given.map((g) => `--${g}`).join(' and ')}`);
  if ((values['trust-root'] !== undefined || values['trust-leaf']) && keySource !== 'x5c') throw usage('--trust-root and --trust-leaf go with --key-source x5c');
  if (keySource === 'header-jwk') return { source: { source: 'header-jwk' }, where: 'the key in the header\'s "jwk"', findings: [] };
  if (keySource === 'x5c') {
    const roots = trustRoots(values);
    return { source: { source: 'x5c', ...(roots ? { roots } : {}), ...(values['trust-leaf'] ? { trustLeaf: true } : {}) }, where: 'the leaf certificate\'s key in "x5c"', findings: [] };
  }
  const jwksUrl = str(values, 'jwks');
  const issuer = str(values, 'issuer');
  if (jwksUrl !== undefined || issuer !== undefined) {
    // The network code loads only when a URL is given.
    const { jwksFromIssuer, jwksFromUrl } = await import('./fetch-keys.ts');
    const fetched = issuer !== undefined ? await jwksFromIssuer(issuer, timeoutMs(values)) : await jwksFromUrl(jwksUrl!, timeoutMs(values));
    return {
      source: { source: 'jwks-url', url: fetched.url, jwks: fetched.keys },
      keys: fetched.keys,
      where: `the JWKS at ${fetched.url}`,
      ...(fetched.issuer !== undefined ? { issuer: fetched.issuer } : {}),
      findings: fetched.findings,
    };
  }
  const key = await loadKeyOption(values, 'key');
  if (key === undefined) return undefined;
  return { source: { source: 'pasted', key }, keys: key, where: '--key', findings: [] };
}
