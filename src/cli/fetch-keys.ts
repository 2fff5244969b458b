/**
 * The CLI's one use of the network, and only when asked: a JWKS from --jwks URL, or from an
 * issuer's discovery metadata for --issuer URL. Which URLs, which schemes, and how a fetched
 * document is read (a JWKS, or OpenID / RFC 8414 metadata whose "issuer" must be the one asked for)
 * are the engine's rules (keyDocumentUrls, readKeyDocument), shared with the page's "Fetch keys";
 * this file only fetches, bounded by a timeout and a size limit. Keys named inside a token (jku,
 * x5u) are never fetched.
 */
import { isJoseError, keyDocumentUrls, readKeyDocument, type Finding, type JoseKeySet, type KeyDocument } from '../jose/index.ts';
import { CliError, EXIT } from './errors.ts';

const MAX_BYTES = 1024 * 1024;

/** The keys fetched, where from, and what reading the documents found. */
export interface FetchedKeys {
  keys: JoseKeySet;
  /** The JWKS URL the keys came from. */
  url: string;
  /** The issuer the metadata names, when the keys were found through it. */
  issuer?: string;
  /** The metadata document's URL, when there was one. */
  metadataUrl?: string;
  findings: Finding[];
}

/** The engine's URL rules (https, or http to this machine only), as a usage error naming the option. */
function urlsFor(text: string, option: string): ReturnType<typeof keyDocumentUrls> {
  try {
    return keyDocumentUrls(text);
  } catch (error) {
    if (isJoseError(error)) throw new CliError('ERR_USAGE', `--${option}: ${error.message}`);
    throw error;
  }
}

async function readBody(response: Response, what: string, url: string): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.length;
    if (size > MAX_BYTES) {
      await reader.cancel();
      throw new CliError('ERR_FETCH', `The ${what} at ${url} is over ${MAX_BYTES} bytes`);
    }
    chunks.push(r.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** GET a URL; `null` for a 404 when `missingOk` (the next discovery URL may answer). */
async function fetchText(url: string, what: string, timeoutMs: number, missingOk = false): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new CliError('ERR_FETCH', `The ${what} at ${url} did not answer within ${timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new CliError('ERR_FETCH', `The ${what} at ${url} could not be fetched: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
  // A redirect must end at a URL the same rules allow (no https → http downgrade).
  if (response.url && response.url !== url) {
    try {
      keyDocumentUrls(response.url);
    } catch (error) {
      throw new CliError('ERR_FETCH', `The ${what} at ${url} redirected to a URL not allowed: ${(error as Error).message}`);
    }
  }
  if (missingOk && response.status === 404) return null;
  if (!response.ok) throw new CliError('ERR_FETCH', `The ${what} at ${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return readBody(response, what, url);
}

async function readDocument(text: string, url: string): Promise<KeyDocument> {
  try {
    return await readKeyDocument(text, { url });
  } catch (error) {
    if (isJoseError(error)) throw new CliError(error.code, error.message, EXIT.badInput, 'key');
    throw error;
  }
}

/** The JWKS that discovery metadata points at. */
async function jwksOf(doc: Extract<KeyDocument, { kind: 'discovery' }>, timeoutMs: number): Promise<FetchedKeys> {
  const jwks = await readDocument((await fetchText(doc.jwksUri, 'JWKS', timeoutMs))!, doc.jwksUri);
  if (jwks.kind !== 'jwks') throw new CliError('ERR_KEY_INVALID', `The "jwks_uri" ${doc.jwksUri} of ${doc.url} holds metadata, not a JWKS`, EXIT.badInput, 'key');
  return { keys: jwks.keys, url: doc.jwksUri, issuer: doc.issuer, ...(doc.url ? { metadataUrl: doc.url } : {}), findings: [...doc.findings, ...jwks.findings] };
}

/** --jwks URL: the JWKS there; a metadata URL given instead is followed to its "jwks_uri". */
export async function jwksFromUrl(text: string, timeoutMs: number): Promise<FetchedKeys> {
  const { url } = urlsFor(text, 'jwks')[0]!;
  const doc = await readDocument((await fetchText(url, 'JWKS', timeoutMs))!, url);
  if (doc.kind === 'discovery') return jwksOf(doc, timeoutMs);
  return { keys: doc.keys, url, findings: doc.findings };
}

/**
 * --issuer URL: its OpenID configuration, else its RFC 8414 metadata (the first that is not a 404),
 * whose "issuer" must be this issuer (OpenID Connect Discovery §4.3, RFC 8414 §3.3), then its JWKS.
 */
export async function jwksFromIssuer(text: string, timeoutMs: number): Promise<FetchedKeys> {
  const all = urlsFor(text, 'issuer');
  // An issuer is not itself a key document; a metadata URL given as the issuer is used as it is.
  const candidates = all.length > 1 ? all.filter((u) => u.kind !== 'as-given') : all;
  const missing: string[] = [];
  for (const { url } of candidates) {
    const body = await fetchText(url, 'discovery document', timeoutMs, true);
    if (body === null) {
      missing.push(url);
      continue;
    }
    const doc = await readDocument(body, url);
    if (doc.kind !== 'discovery') throw new CliError('ERR_KEY_INVALID', `${url} holds a JWKS, not discovery metadata: give it with --jwks`, EXIT.badInput, 'key');
    return jwksOf(doc, timeoutMs);
  }
  throw new CliError('ERR_FETCH', `No discovery metadata for the issuer ${text}: ${missing.join(' and ')} answered HTTP 404`);
}
