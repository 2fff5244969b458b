/**
 * What a "Fetch keys" frame hands back — the text at a URL the person typed — turned into keys:
 * a JWKS (RFC 7517 §5), or OpenID Connect Discovery / OAuth 2.0 Authorization Server Metadata
 * (RFC 8414) that points at one through "jwks_uri". Pure: the engine never touches the network;
 * the UI fetches, in a document of its own, the URLs keyDocumentUrls lists.
 */
import { JoseError, rfcRef, echo, type Finding } from '../lib/errors.ts';
import { isJsonObject, parseJson, type JsonObject } from '../lib/json.ts';
import { importKey } from '../jwk/import.ts';
import type { JoseKeySet } from '../jwk/types.ts';

/** Why a URL is in keyDocumentUrls' list: typed by the person, or derived from an issuer. */
export type KeyDocumentUrlKind = 'as-given' | 'openid-configuration' | 'oauth-authorization-server';

/** A fetched document read: a JWKS with its keys, or discovery metadata pointing at one. */
export type KeyDocument =
  | { kind: 'jwks'; url?: string; keys: JoseKeySet; findings: Finding[] }
  | {
      kind: 'discovery';
      url?: string;
      issuer: string;
      /** Fetch this next, then read it with readKeyDocument. */
      jwksUri: string;
      /** id_token_signing_alg_values_supported, when present. */
      signingAlgs?: string[];
      findings: Finding[];
    };

const OIDC_SUFFIX = '/.well-known/openid-configuration';
const RFC8414_PREFIX = '/.well-known/oauth-authorization-server';
const OIDC_DISCOVERY = { label: 'OpenID Connect Discovery 1.0 §4.3', url: 'https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfigurationValidation' };

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Parses a URL a key document may come from: https, or http to this machine only (for local servers). */
export function keyUrl(text: string, what = 'The URL'): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new JoseError('ERR_MALFORMED', `${what} ${echo(text)} is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new JoseError('ERR_MALFORMED', `${what} must use https (http only to localhost): ${echo(url.href)}`);
  }
  if (url.username || url.password) throw new JoseError('ERR_MALFORMED', `${what} must not carry a user name or password`);
  url.hash = '';
  return url;
}

/**
 * The URLs to try, in order, for what a person typed in "Fetch keys": the URL itself (a JWKS URL,
 * or a metadata URL), then for an issuer its OpenID configuration and its RFC 8414 metadata.
 *
 * @example
 * keyDocumentUrls('https://op.example/tenant')
 * // [as-given https://op.example/tenant, https://op.example/tenant/.well-known/openid-configuration,
 * //  https://op.example/.well-known/oauth-authorization-server/tenant]
 */
export function keyDocumentUrls(input: string): { url: string; kind: KeyDocumentUrlKind }[] {
  const url = keyUrl(input);
  const out: { url: string; kind: KeyDocumentUrlKind }[] = [{ url: url.href, kind: 'as-given' }];
  if (url.pathname.includes('/.well-known/') || url.search) return out;
  const path = url.pathname.replace(/\/+$/, '');
  out.push({ url: `${url.origin}${path}${OIDC_SUFFIX}`, kind: 'openid-configuration' });
  out.push({ url: `${url.origin}${RFC8414_PREFIX}${path}`, kind: 'oauth-authorization-server' });
  return out;
}

/** The issuer a metadata URL stands for (OIDC: issuer + suffix; RFC 8414: suffix inserted after the host). */
function issuerOfMetadataUrl(url: URL): string | undefined {
  if (url.pathname.endsWith(OIDC_SUFFIX)) return `${url.origin}${url.pathname.slice(0, -OIDC_SUFFIX.length)}`;
  if (url.pathname.startsWith(RFC8414_PREFIX)) return `${url.origin}${url.pathname.slice(RFC8414_PREFIX.length)}`;
  return undefined;
}

function readDiscovery(doc: JsonObject, url: URL | undefined): KeyDocument {
  const where = url ? ` at ${echo(url.href)}` : '';
  if (typeof doc.issuer !== 'string') throw new JoseError('ERR_MALFORMED', `The metadata${where} has no "issuer" string`);
  if (typeof doc.jwks_uri !== 'string') throw new JoseError('ERR_MALFORMED', `The metadata${where} has no "jwks_uri" string`);
  const findings: Finding[] = [];
  const expected = url && issuerOfMetadataUrl(url);
  // OIDC Discovery §4.3 and RFC 8414 §3.3: a different issuer means the document MUST NOT be used.
  if (expected !== undefined && doc.issuer.replace(/\/+$/, '') !== expected.replace(/\/+$/, '')) {
    throw new JoseError('ERR_KEY_INVALID', `The metadata${where} says "issuer" is ${echo(doc.issuer)}, but it was fetched for the issuer ${echo(expected)}; such a document must not be used`, { details: { expected, issuer: doc.issuer } });
  }
  if (expected !== undefined && doc.issuer !== expected) {
    findings.push({ code: 'DISCOVERY_ISSUER_SLASH', severity: 'warning', message: `The issuer ${echo(doc.issuer)} differs from ${echo(expected)} by a trailing slash; the specs require them identical`, params: { issuer: echo(doc.issuer), expected: echo(expected) }, ref: OIDC_DISCOVERY });
  }
  const jwksUri = keyUrl(doc.jwks_uri, 'The "jwks_uri"').href;
  if (jwksUri.startsWith('http:')) findings.push({ code: 'JWKS_URI_HTTP', severity: 'warning', message: `"jwks_uri" is plain http (${echo(jwksUri)}); accepted only because it points at this machine`, params: { url: echo(jwksUri) }, ref: rfcRef(8414, '2') });
  const algs = doc.id_token_signing_alg_values_supported;
  const signingAlgs = Array.isArray(algs) ? algs.filter((a): a is string => typeof a === 'string') : undefined;
  return { kind: 'discovery', ...(url ? { url: url.href } : {}), issuer: doc.issuer, jwksUri, ...(signingAlgs ? { signingAlgs } : {}), findings };
}

/**
 * Reads the text fetched from `url`: a JWKS (its keys imported) or discovery metadata (its issuer
 * checked against the URL, and its jwks_uri to fetch next). Throws a JoseError saying what the text
 * is instead (HTML, not JSON, neither kind).
 *
 * @example
 * const doc = await readKeyDocument(text, { url: 'https://op.example/.well-known/openid-configuration' });
 * if (doc.kind === 'discovery') { const jwks = await readKeyDocument(await fetchText(doc.jwksUri), { url: doc.jwksUri }); }
 */
export async function readKeyDocument(text: string, options: { url?: string } = {}): Promise<KeyDocument> {
  if (typeof text !== 'string') throw new TypeError('readKeyDocument needs the fetched text');
  const url = options.url === undefined ? undefined : keyUrl(options.url);
  const where = url ? ` at ${echo(url.href)}` : '';
  const t = text.trim();
  if (!t.startsWith('{')) {
    const html = /^<(!doctype|html)/i.test(t);
    throw new JoseError('ERR_MALFORMED', `The document${where} is ${html ? 'an HTML page' : 'not a JSON object'}, so neither a JWKS nor discovery metadata`);
  }
  let value: unknown;
  try {
    value = parseJson(t, { what: 'document' }).value;
  } catch (cause) {
    throw new JoseError('ERR_MALFORMED', `The document${where} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
  if (!isJsonObject(value)) throw new JoseError('ERR_MALFORMED', `The document${where} is not a JSON object`);
  if (Object.prototype.hasOwnProperty.call(value, 'keys')) {
    const keys = await importKey(value);
    if (keys.type !== 'set') throw new JoseError('ERR_KEY_INVALID', `The document${where} is not a JWKS`);
    return { kind: 'jwks', ...(url ? { url: url.href } : {}), keys, findings: [...keys.findings] };
  }
  if (Object.prototype.hasOwnProperty.call(value, 'jwks_uri') || Object.prototype.hasOwnProperty.call(value, 'issuer')) return readDiscovery(value, url);
  throw new JoseError('ERR_MALFORMED', `The document${where} is neither a JWKS (no "keys") nor discovery metadata (no "jwks_uri")`);
}
