/**
 * Share links: a token, and optionally its public key, in the URL fragment, which browsers never
 * send to a server. `#token=`, `#id_token=` and `#access_token=` load a token (as jwt.io does; its
 * `#debugger-io?token=…&publicKey=…` form too). A key goes in only when the person asks, and only
 * a public one: a shared secret or a private key in a link is a leaked secret.
 */
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

function jwkProblem(value: unknown, where: string): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${where} is not a JWK object`;
  const jwk = value as Record<string, unknown>;
  if (jwk.kty === 'oct' || 'k' in jwk) return `${where} is a shared secret (kty "oct"): anyone with it can sign tokens, so it never goes in a link`;
  if (PRIVATE_JWK_MEMBERS.some((m) => m in jwk)) return `${where} is a private key (it has "d"): anyone with it can sign tokens, so it never goes in a link; share its public half`;
  if (typeof jwk.kty !== 'string') return `${where} has no "kty"`;
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
  const t = text.trim();
  if (t === '') return 'There is no key to share';
  if (t.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(t);
    } catch {
      return 'The key is not valid JSON, so it is not a JWK';
    }
    const keys = (parsed as { keys?: unknown }).keys;
    if (Array.isArray(keys)) {
      if (keys.length === 0) return 'The key set is empty';
      for (const [i, k] of keys.entries()) {
        const problem = jwkProblem(k, `Key ${i + 1} of the set`);
        if (problem) return problem;
      }
      return null;
    }
    const problem = jwkProblem(parsed, 'This key');
    return problem;
  }
  if (t.includes('-----BEGIN')) {
    if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(t)) return 'This is a private key (PEM): anyone with it can sign tokens, so it never goes in a link; share its public half';
    const labels = [...t.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]);
    if (labels.every((l) => l === 'PUBLIC KEY' || l === 'RSA PUBLIC KEY' || l === 'CERTIFICATE')) return null;
    return `A PEM "${labels.find((l) => l !== 'PUBLIC KEY' && l !== 'RSA PUBLIC KEY' && l !== 'CERTIFICATE')}" block is not a public key`;
  }
  return 'This is a shared secret (or a password): anyone with it can sign tokens, so it never goes in a link';
}
