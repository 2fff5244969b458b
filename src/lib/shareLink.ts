/**
 * Share links: a token, and optionally its public key, in the URL fragment, which browsers never
 * send to a server. `#token=`, `#id_token=` and `#access_token=` load a token (as jwt.io does; its
 * `#debugger-io?token=…&publicKey=…` form too). A key goes in only when the person asks, and only
 * a public one: a shared secret or a private key in a link is a leaked secret.
 */
import type { WordValue, Words } from './i18n/words.ts';
import type { MessageId } from './i18n/ids.ts';

const TOKEN_PARAMS = ['token', 'id_token', 'access_token'] as const;
const KEY_PARAM = 'publicKey';

export interface LinkedInput {
  token: string;
  /** A public key (JWK, JWKS, PEM or certificate) that came with the token. */
  publicKey?: string;
}

export interface LinkRead {
  linked?: LinkedInput;
  /** Set when the token came from the query string, which has already reached the server's logs. */
  fromQuery?: boolean;
  /** Why a key in the link was not loaded (it was a secret or a private key). */
  refusedKey?: string;
}

function params(text: string): URLSearchParams {
  // jwt.io's links put the parameters after "#debugger-io?".
  const body = text.replace(/^[#?]/, '');
  const question = body.indexOf('?');
  return new URLSearchParams(question >= 0 && !body.slice(0, question).includes('=') ? body.slice(question + 1) : body);
}

function readFrom(found: URLSearchParams): { token: string; key?: string } | undefined {
  for (const name of TOKEN_PARAMS) {
    const token = found.get(name);
    if (token) {
      const key = found.get(KEY_PARAM);
      return { token, ...(key ? { key } : {}) };
    }
  }
  return undefined;
}

/** The token (and public key) a link carries, from the fragment, else from the query string. */
export function readLink(location: { hash: string; search: string }): LinkRead {
  const fromHash = readFrom(params(location.hash));
  const fromSearch = fromHash ? undefined : readFrom(params(location.search));
  const found = fromHash ?? fromSearch;
  if (!found) return {};
  const refused = found.key !== undefined ? publicKeyProblem(found.key) : null;
  return {
    linked: { token: found.token, ...(found.key !== undefined && !refused ? { publicKey: found.key } : {}) },
    ...(fromSearch ? { fromQuery: true } : {}),
    ...(refused ? { refusedKey: refused } : {}),
  };
}

/** A link that opens this token in the decoder; with `publicKey`, the key that verifies it too. */
export function shareLink(origin: string, pathname: string, token: string, publicKey?: string): string {
  const key = publicKey?.trim();
  return `${origin}${pathname}#token=${encodeURIComponent(token.trim())}${key ? `&${KEY_PARAM}=${encodeURIComponent(key)}` : ''}`;
}

const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'priv'];

/** A refusal in English and as parameters (the screens say it in the person's language with lib/i18n/words.ts's `say`). */
export interface Refusal {
  text: string;
  words: Words;
}

// Plain objects with type-only imports: this file is in the first load, the wording is not.
const refusal = (text: string, id: MessageId, values?: Record<string, WordValue>): Refusal => ({ text, words: values ? { id, values } : { id } });

function jwkProblem(value: unknown, index: number | undefined): Refusal | null {
  const where = index === undefined ? 'This key' : `Key ${index} of the set`;
  const whereWords = { words: { id: 'keys.share.where', values: { index: index === undefined ? 'none' : String(index) } } as Words };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refusal(`${where} is not a JWK object`, 'keys.share.notJwk', { where: whereWords });
  const jwk = value as Record<string, unknown>;
  if (jwk.kty === 'oct' || 'k' in jwk) return refusal(`${where} is a shared secret (kty "oct"): anyone with it can sign tokens, so it never goes in a link`, 'keys.share.secretJwk', { where: whereWords });
  if (PRIVATE_JWK_MEMBERS.some((m) => m in jwk)) return refusal(`${where} is a private key (it has "d"): anyone with it can sign tokens, so it never goes in a link; share its public half`, 'keys.share.privateJwk', { where: whereWords });
  if (typeof jwk.kty !== 'string') return refusal(`${where} has no "kty"`, 'keys.share.noKty', { where: whereWords });
  return null;
}

/**
 * Why this key text may not go in a link, or null when it is a public key: a JWK or JWKS without
 * private members, a PEM public key (SPKI or PKCS #1) or an X.509 certificate. Anything else
 * (a raw secret, a password, a private PEM or JWK) is refused with the reason.
 *
 * @example
 * publicKeyProblem('{"kty":"EC","crv":"P-256","x":"…","y":"…"}'); // null
 * publicKeyProblem('secret'); // 'This is a shared secret…'
 */
export function publicKeyProblem(text: string): string | null {
  return publicKeyRefusal(text)?.text ?? null;
}

/** publicKeyProblem with its words, for the person's language. */
export function publicKeyRefusal(text: string): Refusal | null {
  const t = text.trim();
  if (t === '') return refusal('There is no key to share', 'keys.share.noKey');
  if (t.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(t);
    } catch {
      return refusal('The key is not valid JSON, so it is not a JWK', 'keys.share.notJson');
    }
    const keys = (parsed as { keys?: unknown }).keys;
    if (Array.isArray(keys)) {
      if (keys.length === 0) return refusal('The key set is empty', 'keys.share.emptySet');
      for (const [i, k] of keys.entries()) {
        const problem = jwkProblem(k, i + 1);
        if (problem) return problem;
      }
      return null;
    }
    return jwkProblem(parsed, undefined);
  }
  if (t.includes('-----BEGIN')) {
    if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(t)) return refusal('This is a private key (PEM): anyone with it can sign tokens, so it never goes in a link; share its public half', 'keys.share.privatePem');
    const labels = [...t.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]);
    if (labels.every((l) => l === 'PUBLIC KEY' || l === 'RSA PUBLIC KEY' || l === 'CERTIFICATE')) return null;
    const label = labels.find((l) => l !== 'PUBLIC KEY' && l !== 'RSA PUBLIC KEY' && l !== 'CERTIFICATE') ?? '';
    return refusal(`A PEM "${label}" block is not a public key`, 'keys.share.notPublicPem', { label });
  }
  return refusal('This is a shared secret (or a password): anyone with it can sign tokens, so it never goes in a link', 'keys.share.secret');
}
