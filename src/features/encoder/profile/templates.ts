/**
 * Profile templates for Encode (issue 16): an OpenID Connect ID token with a real at_hash, a DPoP
 * proof carrying the generated key in its "jwk" header with ath / htm / htu from the inputs, and an
 * RFC 9068 access token bound to a DPoP key by cnf.jkt. Each returns the header and claims text.
 */
import { base64urlEncode, halfHash, thumbprint, type Jwk } from '../../../jose/index.ts';
import type { MessageId } from '../../../lib/i18n/index.ts';
import { words } from '../../../lib/i18n/words.ts';
import { EncodeProblem } from '../keyInput.ts';

export type ProfileTemplateId = 'id-token' | 'dpop-proof' | 'bound-access-token';

export interface TemplateInputs {
  /** The JWS alg currently chosen. */
  alg: string;
  /** The generated key's public JWK text, when one was generated. */
  publicJwk?: string;
  accessToken: string;
  method: string;
  url: string;
  /** DPoP public key (JWK text) to bind an access token to. */
  bindJwk: string;
  now: number;
}

export interface TemplateOutput {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

const randomId = () => base64urlEncode(crypto.getRandomValues(new Uint8Array(16)));

/** Which key a template reads, in its English name and as the message's select value. */
const KEY_NAMES = { generated: 'The generated key', dpop: 'The DPoP key', bind: 'The DPoP key to bind' } as const;

const problem = (message: string, id: MessageId, values?: Record<string, string>) => new EncodeProblem(message, { words: { words: words(id, values) } });

function readJwk(text: string | undefined, which: keyof typeof KEY_NAMES): Jwk {
  const what = KEY_NAMES[which];
  if (!text || text.trim() === '') throw problem(`${what}: generate a key first (Generate key), or paste a public JWK`, 'encode.profile.needKey', { what: which });
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw problem(`${what} is not JSON: paste a JWK`, 'encode.profile.notJson', { what: which });
  }
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) throw problem(`${what} is not a JWK object`, 'encode.profile.notJwk', { what: which });
  return jwk as Jwk;
}

/** The public key members only (RFC 7638's, plus AKP's alg): a DPoP "jwk" must never carry the private key. */
function publicOnly(jwk: Jwk): Jwk {
  const out: Record<string, unknown> = {};
  for (const name of ['kty', 'crv', 'x', 'y', 'n', 'e', 'pub']) if (name in jwk) out[name] = (jwk as Record<string, unknown>)[name];
  if (jwk.kty === 'AKP') out.alg = jwk.alg;
  return out as Jwk;
}

async function idToken(i: TemplateInputs): Promise<TemplateOutput> {
  if (i.accessToken.trim() === '') throw problem('Paste the access token issued with the ID token: its at_hash is computed from it', 'encode.profile.needAccessToken');
  const jwk = i.publicJwk ? readJwk(i.publicJwk, 'generated') : undefined;
  const crv = jwk && typeof jwk.crv === 'string' ? jwk.crv : undefined;
  const atHash = await halfHash(i.accessToken.trim(), i.alg, crv ? { crv } : {});
  return {
    header: { alg: i.alg, typ: 'JWT' },
    claims: { iss: 'https://op.example', sub: 'alice', aud: 'client-1', exp: i.now + 3600, iat: i.now, auth_time: i.now, nonce: randomId(), at_hash: atHash.value },
  };
}

async function dpopProof(i: TemplateInputs): Promise<TemplateOutput> {
  if (i.alg.startsWith('HS')) throw problem('A DPoP proof is signed with an asymmetric key (RFC 9449 §4.2): choose ES256, RS256, EdDSA...', 'encode.profile.dpopAsymmetric');
  const jwk = publicOnly(readJwk(i.publicJwk, 'dpop'));
  const claims: Record<string, unknown> = { jti: randomId(), htm: i.method.trim() || 'POST', htu: i.url.trim() || 'https://rs.example/resource', iat: i.now };
  if (i.accessToken.trim() !== '') {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(i.accessToken.trim())));
    claims.ath = base64urlEncode(digest);
  }
  return { header: { typ: 'dpop+jwt', alg: i.alg, jwk }, claims };
}

async function boundAccessToken(i: TemplateInputs): Promise<TemplateOutput> {
  const text = i.bindJwk.trim() !== '' ? i.bindJwk : i.publicJwk;
  const jkt = await thumbprint(publicOnly(readJwk(text, 'bind')));
  return {
    header: { alg: i.alg, typ: 'at+jwt' },
    claims: { iss: 'https://as.example', sub: 'alice', aud: 'https://rs.example', client_id: 'client-1', exp: i.now + 300, iat: i.now, jti: randomId(), scope: 'read', cnf: { jkt } },
  };
}

/** Each template with its name as a message id. */
export const PROFILE_TEMPLATES: readonly { id: ProfileTemplateId; label: MessageId; make: (i: TemplateInputs) => Promise<TemplateOutput> }[] = [
  { id: 'id-token', label: 'encode.profile.idToken', make: idToken },
  { id: 'dpop-proof', label: 'encode.profile.dpopProof', make: dpopProof },
  { id: 'bound-access-token', label: 'encode.profile.boundToken', make: boundAccessToken },
];
