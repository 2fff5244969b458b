/**
 * The CLI's one use of the network, and only when asked: a JWKS from --jwks URL, or from an OpenID
 * Provider's discovery document for --issuer URL (OpenID Connect Discovery 1.0 §4). Bounded by a
 * timeout and a size limit. Keys named inside a token (jku, x5u) are never fetched.
 */
import { echo } from '../jose/index.ts';
import { CliError } from './errors.ts';

const MAX_BYTES = 1024 * 1024;

function checkUrl(text: string, option: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CliError('ERR_USAGE', `--${option} ${JSON.stringify(text)} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CliError('ERR_USAGE', `--${option} must be an https:// (or http://) URL, not ${url.protocol}`);
  return url;
}

async function fetchJson(url: URL, what: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new CliError('ERR_FETCH', `The ${what} at ${url.href} did not answer within ${timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new CliError('ERR_FETCH', `The ${what} at ${url.href} could not be fetched: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
  if (!response.ok) throw new CliError('ERR_FETCH', `The ${what} at ${url.href} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new CliError('ERR_FETCH', `The ${what} at ${url.href} is over ${MAX_BYTES} bytes`);
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError('ERR_FETCH', `The ${what} at ${url.href} is not JSON`);
  }
}

/** The JWKS at a URL, as JSON text for importKey. */
export async function jwksFromUrl(text: string, timeoutMs: number): Promise<{ jwks: string; url: string }> {
  const url = checkUrl(text, 'jwks');
  const doc = await fetchJson(url, 'JWKS', timeoutMs);
  return { jwks: JSON.stringify(doc), url: url.href };
}

/** The issuer's JWKS through its discovery document; the document must name the same issuer (Discovery §4.3). */
export async function jwksFromIssuer(text: string, timeoutMs: number): Promise<{ jwks: string; url: string; issuer: string }> {
  const issuer = checkUrl(text, 'issuer');
  const discovery = new URL(`${issuer.href.replace(/\/$/, '')}/.well-known/openid-configuration`);
  const doc = (await fetchJson(discovery, 'OpenID discovery document', timeoutMs)) as { issuer?: unknown; jwks_uri?: unknown };
  const expected = text.trim();
  if (doc?.issuer !== expected) {
    throw new CliError('ERR_FETCH', `The discovery document at ${discovery.href} names the issuer ${echo(doc?.issuer ?? null)}, not ${echo(expected)} (OpenID Connect Discovery §4.3)`);
  }
  if (typeof doc.jwks_uri !== 'string') throw new CliError('ERR_FETCH', `The discovery document at ${discovery.href} has no "jwks_uri"`);
  const { jwks, url } = await jwksFromUrl(doc.jwks_uri, timeoutMs);
  return { jwks, url, issuer: expected };
}
