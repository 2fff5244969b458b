/**
 * Plain-words explanations of JWT claims and JOSE header parameters, each with the section of the
 * spec that defines it (the IANA "JSON Web Token Claims" and "JSON Web Signature and Encryption
 * Header Parameters" registries point at these).
 */
import { echo, formatNumericDate, rfcRef, timeClaimPhrase, type TimeView } from '../../../jose/index.ts';
import { lazyContent, type ContentLocale } from '../../../lib/i18n/content/locale.ts';
import type { ExplainTexts } from './explainTexts.ts';

/** The most characters of a value the tables show (the Header and Payload views show all of it). */
const VALUE_CHARS = 2000;

export interface Ref {
  label: string;
  url: string;
}

const rfc: (n: number, section: string) => Ref = rfcRef;
const oidc = (anchor: string, label: string): Ref => ({ label: `OIDC Core §${label}`, url: `https://openid.net/specs/openid-connect-core-1_0.html#${anchor}` });

interface ClaimInfo {
  label: string;
  meaning: string;
  ref: Ref;
  /** Registered in RFC 7519 §4.1, rather than a common public claim. */
  registered?: true;
  date?: true;
}

export const CLAIMS: Readonly<Record<string, ClaimInfo>> = {
  iss: { label: 'Issuer', meaning: 'Who issued the token', ref: rfc(7519, '4.1.1'), registered: true },
  sub: { label: 'Subject', meaning: 'Whom the token is about (a string, unique for the issuer)', ref: rfc(7519, '4.1.2'), registered: true },
  aud: { label: 'Audience', meaning: 'Who the token is for; a recipient not named here must reject it', ref: rfc(7519, '4.1.3'), registered: true },
  exp: { label: 'Expiration Time', meaning: 'The token must not be accepted on or after this time', ref: rfc(7519, '4.1.4'), registered: true, date: true },
  nbf: { label: 'Not Before', meaning: 'The token must not be accepted before this time', ref: rfc(7519, '4.1.5'), registered: true, date: true },
  iat: { label: 'Issued At', meaning: 'When the token was issued', ref: rfc(7519, '4.1.6'), registered: true, date: true },
  jti: { label: 'JWT ID', meaning: 'A unique identifier, used to stop replays', ref: rfc(7519, '4.1.7'), registered: true },
  name: { label: 'Full name', meaning: "The user's full name", ref: oidc('StandardClaims', '5.1') },
  given_name: { label: 'Given name', meaning: "The user's first name", ref: oidc('StandardClaims', '5.1') },
  family_name: { label: 'Family name', meaning: "The user's surname", ref: oidc('StandardClaims', '5.1') },
  preferred_username: { label: 'Preferred username', meaning: 'Shorthand name the user likes; not unique, not an identifier', ref: oidc('StandardClaims', '5.1') },
  email: { label: 'Email', meaning: "The user's email address", ref: oidc('StandardClaims', '5.1') },
  email_verified: { label: 'Email verified', meaning: 'Whether the issuer checked the email address', ref: oidc('StandardClaims', '5.1') },
  locale: { label: 'Locale', meaning: "The user's language and region (BCP 47)", ref: oidc('StandardClaims', '5.1') },
  zoneinfo: { label: 'Time zone', meaning: "The user's time zone", ref: oidc('StandardClaims', '5.1') },
  updated_at: { label: 'Updated at', meaning: "When the user's information was last updated", ref: oidc('StandardClaims', '5.1'), date: true },
  nonce: { label: 'Nonce', meaning: 'Ties an ID Token to the client session; stops replays', ref: oidc('IDToken', '2') },
  auth_time: { label: 'Authentication time', meaning: 'When the user authenticated', ref: oidc('IDToken', '2'), date: true },
  acr: { label: 'Authentication context class', meaning: 'How strongly the user authenticated', ref: oidc('IDToken', '2') },
  amr: { label: 'Authentication methods', meaning: 'How the user authenticated (pwd, otp, mfa...)', ref: oidc('IDToken', '2') },
  azp: { label: 'Authorized party', meaning: 'The client the ID Token was issued to', ref: oidc('IDToken', '2') },
  at_hash: { label: 'Access token hash', meaning: 'Left half of the hash of the access token issued with this ID Token', ref: oidc('CodeIDToken', '3.1.3.6') },
  c_hash: { label: 'Code hash', meaning: 'Left half of the hash of the authorization code', ref: oidc('HybridIDToken', '3.3.2.11') },
  sid: { label: 'Session ID', meaning: 'The session at the OpenID Provider', ref: { label: 'OIDC Front-Channel Logout §3', url: 'https://openid.net/specs/openid-connect-frontchannel-1_0.html#ClaimsContents' } },
  scope: { label: 'Scope', meaning: 'Space-separated scopes the token grants', ref: rfc(8693, '4.2') },
  scp: { label: 'Scopes', meaning: 'Scopes the token grants (a non-standard spelling of "scope")', ref: rfc(8693, '4.2') },
  client_id: { label: 'Client ID', meaning: 'The OAuth client the token was issued to', ref: rfc(8693, '4.3') },
  act: { label: 'Actor', meaning: 'Who is acting on behalf of the subject (delegation)', ref: rfc(8693, '4.1') },
  may_act: { label: 'May act', meaning: 'Who may act on behalf of the subject', ref: rfc(8693, '4.4') },
  cnf: { label: 'Confirmation', meaning: 'The key the presenter must prove they hold (proof of possession)', ref: rfc(7800, '3.1') },
  roles: { label: 'Roles', meaning: 'Roles granted to the subject', ref: rfc(9068, '2.2.3.1') },
  groups: { label: 'Groups', meaning: 'Groups the subject belongs to', ref: rfc(9068, '2.2.3.1') },
  entitlements: { label: 'Entitlements', meaning: 'Entitlements of the subject', ref: rfc(9068, '2.2.3.1') },
};

export interface HeaderParamInfo {
  label: string;
  meaning: string;
  ref: Ref;
}

export const HEADER_PARAMS: Readonly<Record<string, HeaderParamInfo>> = {
  alg: { label: 'Algorithm', meaning: 'How the token is signed (JWS) or how the content key is managed (JWE)', ref: rfc(7515, '4.1.1') },
  enc: { label: 'Encryption Algorithm', meaning: 'The authenticated encryption of the content; only a JWE has it', ref: rfc(7516, '4.1.2') },
  zip: { label: 'Compression Algorithm', meaning: 'The plaintext was compressed before encryption ("DEF" = raw DEFLATE)', ref: rfc(7516, '4.1.3') },
  kid: { label: 'Key ID', meaning: 'A hint naming the key; match it exactly against your key set, never use it as a path or query', ref: rfc(7515, '4.1.4') },
  typ: { label: 'Type', meaning: 'The media type of the whole token ("JWT", "at+jwt"...), to tell token kinds apart', ref: rfc(7515, '4.1.9') },
  cty: { label: 'Content Type', meaning: 'The media type of the payload; "JWT" means a nested token', ref: rfc(7515, '4.1.10') },
  crit: { label: 'Critical', meaning: 'Extensions the recipient must understand, or reject the token', ref: rfc(7515, '4.1.11') },
  jku: { label: 'JWK Set URL', meaning: 'A URL of keys; never fetched here: trusting it lets the token pick its own key', ref: rfc(7515, '4.1.2') },
  jwk: { label: 'JSON Web Key', meaning: 'A key embedded in the header; verifying with it proves nothing by itself', ref: rfc(7515, '4.1.3') },
  x5u: { label: 'X.509 URL', meaning: 'A URL of a certificate chain; never fetched here', ref: rfc(7515, '4.1.5') },
  x5c: { label: 'X.509 Certificate Chain', meaning: 'Certificates (base64 DER); they prove nothing unless validated to a trusted root', ref: rfc(7515, '4.1.6') },
  x5t: { label: 'X.509 SHA-1 Thumbprint', meaning: 'SHA-1 hash of the DER certificate of the key', ref: rfc(7515, '4.1.7') },
  'x5t#S256': { label: 'X.509 SHA-256 Thumbprint', meaning: 'SHA-256 hash of the DER certificate of the key', ref: rfc(7515, '4.1.8') },
  epk: { label: 'Ephemeral Public Key', meaning: "The sender's one-time ECDH public key", ref: rfc(7518, '4.6.1.1') },
  apu: { label: 'Agreement PartyUInfo', meaning: 'Information about the sender, mixed into the ECDH key derivation', ref: rfc(7518, '4.6.1.2') },
  apv: { label: 'Agreement PartyVInfo', meaning: 'Information about the recipient, mixed into the ECDH key derivation', ref: rfc(7518, '4.6.1.3') },
  p2s: { label: 'PBES2 Salt Input', meaning: 'Salt for deriving the key from the password (at least 8 bytes)', ref: rfc(7518, '4.8.1.1') },
  p2c: { label: 'PBES2 Count', meaning: 'PBKDF2 iterations; very high values are a denial-of-service vector', ref: rfc(7518, '4.8.1.2') },
  iv: { label: 'Initialization Vector', meaning: 'The 96-bit IV used to wrap the content key with AES-GCM', ref: rfc(7518, '4.7.1.1') },
  tag: { label: 'Authentication Tag', meaning: 'The tag of the AES-GCM key wrapping', ref: rfc(7518, '4.7.1.2') },
  b64: { label: 'Base64url-Encode Payload', meaning: 'false: the payload is signed as-is, not base64url-encoded (must be listed in "crit")', ref: rfc(7797, '3') },
  url: { label: 'URL', meaning: 'The URL the request is for (ACME)', ref: rfc(8555, '6.4.1') },
  nonce: { label: 'Nonce', meaning: 'A server-provided value to stop replays (ACME)', ref: rfc(8555, '6.5.2') },
  ppt: { label: 'PASSporT extension', meaning: 'The PASSporT extension in use', ref: rfc(8225, '8.1') },
};

/** A short description of an alg or enc value. */
export const ALG_NAMES: Readonly<Record<string, string>> = {
  HS256: 'HMAC with SHA-256', HS384: 'HMAC with SHA-384', HS512: 'HMAC with SHA-512',
  RS256: 'RSASSA-PKCS1-v1_5 with SHA-256', RS384: 'RSASSA-PKCS1-v1_5 with SHA-384', RS512: 'RSASSA-PKCS1-v1_5 with SHA-512',
  PS256: 'RSASSA-PSS with SHA-256', PS384: 'RSASSA-PSS with SHA-384', PS512: 'RSASSA-PSS with SHA-512',
  ES256: 'ECDSA with P-256 and SHA-256', ES384: 'ECDSA with P-384 and SHA-384', ES512: 'ECDSA with P-521 and SHA-512',
  ES256K: 'ECDSA with secp256k1 and SHA-256', EdDSA: 'EdDSA (Ed25519 or Ed448)', none: 'No signature at all (Unsecured JWS)',
  Ed25519: 'EdDSA with Ed25519 (RFC 9864)', Ed448: 'EdDSA with Ed448 (RFC 9864)', 'ML-DSA-44': 'ML-DSA-44, post-quantum (RFC 9964, FIPS 204)', 'ML-DSA-65': 'ML-DSA-65, post-quantum (RFC 9964, FIPS 204)', 'ML-DSA-87': 'ML-DSA-87, post-quantum (RFC 9964, FIPS 204)',
  RSA1_5: 'RSAES-PKCS1-v1_5 (legacy, padding-oracle prone)', 'RSA-OAEP': 'RSAES-OAEP with SHA-1', 'RSA-OAEP-256': 'RSAES-OAEP with SHA-256',
  'RSA-OAEP-384': 'RSAES-OAEP with SHA-384', 'RSA-OAEP-512': 'RSAES-OAEP with SHA-512',
  A128KW: 'AES-128 Key Wrap', A192KW: 'AES-192 Key Wrap', A256KW: 'AES-256 Key Wrap', dir: 'Direct: the shared key is the content key',
  'ECDH-ES': 'ECDH-ES: the agreed key is the content key', 'ECDH-ES+A128KW': 'ECDH-ES, then AES-128 Key Wrap',
  'ECDH-ES+A192KW': 'ECDH-ES, then AES-192 Key Wrap', 'ECDH-ES+A256KW': 'ECDH-ES, then AES-256 Key Wrap',
  A128GCMKW: 'AES-128-GCM key wrapping', A192GCMKW: 'AES-192-GCM key wrapping', A256GCMKW: 'AES-256-GCM key wrapping',
  'PBES2-HS256+A128KW': 'Password: PBKDF2-HMAC-SHA-256, then AES-128 Key Wrap', 'PBES2-HS384+A192KW': 'Password: PBKDF2-HMAC-SHA-384, then AES-192 Key Wrap',
  'PBES2-HS512+A256KW': 'Password: PBKDF2-HMAC-SHA-512, then AES-256 Key Wrap',
  'A128CBC-HS256': 'AES-128-CBC with HMAC-SHA-256', 'A192CBC-HS384': 'AES-192-CBC with HMAC-SHA-384', 'A256CBC-HS512': 'AES-256-CBC with HMAC-SHA-512',
  A128GCM: 'AES-128-GCM', A192GCM: 'AES-192-GCM', A256GCM: 'AES-256-GCM',
};

export interface Explained {
  name: string;
  label: string;
  meaning: string;
  ref?: Ref;
  /** The value as JSON text (numbers as written in the token when known). */
  value: string;
  /** For NumericDate claims. */
  time?: TimeView & { phrase: string };
}

const ENGLISH: ExplainTexts = {
  claims: CLAIMS,
  headerParams: HEADER_PARAMS,
  algNames: ALG_NAMES,
  privateClaim: { label: 'Private claim', meaning: 'Not a registered or common claim: its meaning is agreed between issuer and recipient' },
  privateParam: { label: 'Private parameter', meaning: 'Not a registered header parameter: private to the producer and consumer' },
  looksLikeMilliseconds: 'This value looks like milliseconds: a NumericDate counts seconds',
  mustBeNumericDate: 'It must be a number of seconds (NumericDate)',
  subMustBeString: 'It must be a string, not a number',
  zipOnlyDef: 'Only "DEF" is defined',
  unknownAlg: (value) => `${value} is not a registered algorithm`,
  timePhrase: timeClaimPhrase,
};

const SPANISH = lazyContent(() => import('./explain.es.ts').then((m) => m.EXPLAIN_ES));

/**
 * Fetches the tables of a language once (Spanish is its own chunk). Await it before rendering in that
 * language: until it resolves, explainClaim / explainHeaderParam answer in English.
 *
 * @example
 * await loadExplainTexts('es');
 * explainClaim('exp', 1300819380, now, undefined, undefined, 'es').label; // 'Caducidad'
 */
export async function loadExplainTexts(locale: ContentLocale): Promise<void> {
  if (locale === 'es') await SPANISH.load();
}

function texts(locale: ContentLocale): ExplainTexts {
  return (locale === 'es' ? SPANISH.get() : undefined) ?? ENGLISH;
}

const own = <T>(table: Readonly<Record<string, T>>, name: string): T | undefined => (Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined);

function valueText(value: unknown, source?: string): string {
  if (source !== undefined) return source;
  // Bounded: a 10 MB header value must not become a 10 MB table cell.
  return echo(value, VALUE_CHARS);
}

/**
 * One claim of a payload, explained: its registered name, what it means, and for times the UTC,
 * local and relative forms. `source` is the value's text in the token (so 9007199254740993 shows
 * exactly as written). `locale` picks the words (load them first with loadExplainTexts).
 */
export function explainClaim(name: string, value: unknown, now: number, source?: string, timeZone?: string, locale: ContentLocale = 'en'): Explained {
  const t = texts(locale);
  const ref = own(CLAIMS, name)?.ref;
  const info = own(t.claims, name);
  const out: Explained = {
    name,
    label: info?.label ?? t.privateClaim.label,
    meaning: info?.meaning ?? t.privateClaim.meaning,
    ...(ref ? { ref } : {}),
    value: valueText(value, source),
  };
  const date = own(CLAIMS, name)?.date;
  if (date && typeof value === 'number') {
    const time = formatNumericDate(value, now, timeZone, locale === 'en' ? undefined : locale);
    if (time) out.time = { ...time, ...(t.relative ? { relative: t.relative(value, now) } : {}), phrase: t.timePhrase(name, value, now) };
    if (value > 1e11) out.meaning += `. ${t.looksLikeMilliseconds}`;
  } else if (date) {
    out.meaning += `. ${t.mustBeNumericDate}`;
  }
  if (name === 'sub' && value !== undefined && typeof value !== 'string') out.meaning += `. ${t.subMustBeString}`;
  return out;
}

/** One header parameter explained, with the alg / enc value described, in `locale` (load it first with loadExplainTexts). */
export function explainHeaderParam(name: string, value: unknown, source?: string, locale: ContentLocale = 'en'): Explained {
  const t = texts(locale);
  const info = own(t.headerParams, name);
  const ref = own(HEADER_PARAMS, name)?.ref;
  let meaning = info?.meaning ?? t.privateParam.meaning;
  if ((name === 'alg' || name === 'enc') && typeof value === 'string') {
    const what = own(t.algNames, value);
    meaning = what ? `${what}. ${meaning}` : `${t.unknownAlg(echo(value))}. ${meaning}`;
  }
  if (name === 'zip' && value !== 'DEF') meaning += `. ${t.zipOnlyDef}`;
  return { name, label: info?.label ?? t.privateParam.label, meaning, ...(ref ? { ref } : {}), value: valueText(value, source) };
}
