/**
 * "Fetch keys": from what the person typed (an issuer, a metadata URL or a JWKS URL) to a JWKS,
 * following OpenID discovery when needed. Each URL is fetched through the sandboxed frame; each
 * text is read by the engine's readKeyDocument in the token session worker.
 */
import { keyDocumentUrls } from '../../../jose/index.ts';
import { profileInWorker } from '../worker/decoderClient.ts';
import { fetchThroughFrame } from './fetchFrame.ts';
import type { KeyDocumentOutcome } from './protocol.ts';

export interface FoundKeys {
  /** Where the JWKS itself was fetched. */
  url: string;
  text: string;
  kids: (string | undefined)[];
  /** The metadata document that named it, when the JWKS was found through discovery. */
  via?: string;
  findings: string[];
}

async function read(url: string): Promise<{ text: string; doc: KeyDocumentOutcome }> {
  const fetched = await fetchThroughFrame(url);
  if (fetched.status >= 400) throw new Error(`${url} answered HTTP ${fetched.status}`);
  const doc = (await profileInWorker({ what: 'key-document', text: fetched.text, url })) as KeyDocumentOutcome;
  if (doc.kind === 'error') throw new Error(doc.error);
  return { text: fetched.text, doc };
}

/**
 * Finds the JWKS for `input`: the URL itself, else its OpenID configuration, else its RFC 8414
 * metadata. Rejects with every URL tried and why each failed.
 *
 * @example
 * await findKeys('https://op.example') // { url: 'https://op.example/jwks', via: 'https://op.example/.well-known/openid-configuration', ... }
 */
export async function findKeys(input: string): Promise<FoundKeys> {
  const failures: string[] = [];
  for (const { url } of keyDocumentUrls(input)) {
    try {
      const first = await read(url);
      if (first.doc.kind === 'jwks') return { url, text: first.text.trim(), kids: first.doc.kids, findings: first.doc.findings };
      if (first.doc.kind !== 'discovery') continue;
      const jwks = await read(first.doc.jwksUri);
      if (jwks.doc.kind !== 'jwks') throw new Error(`${first.doc.jwksUri} (the "jwks_uri") is not a JWKS`);
      return { url: first.doc.jwksUri, text: jwks.text.trim(), kids: jwks.doc.kids, via: url, findings: [...first.doc.findings, ...jwks.doc.findings] };
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  throw new Error(failures.join('; '));
}
