/**
 * The engine's English profile-check and best-practice messages rebuilt from code + params, for the
 * test only (profile-messages.test.ts): each must equal the engine's `message`, so a value the
 * English shows but `params` lacks fails there. The app never uses this (English is the engine's).
 */
import type { MessageParams, ProfileMessageCode } from '../../../jose/index.ts';

type En = (p: MessageParams) => string;
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const NOUN: Record<string, string> = {
  id_token: 'an ID token', 'at+jwt': 'an access token (RFC 9068)', 'dpop+jwt': 'a DPoP proof', 'logout+jwt': 'a logout token', 'secevent+jwt': 'a Security Event Token',
  'client-assertion': 'a client assertion', 'kb+jwt': 'a Key Binding JWT', 'dc+sd-jwt': 'an SD-JWT VC', jwt: 'a JWT',
};
const TYPE: Record<string, string> = { string: 'a string', NumericDate: 'a NumericDate (a number of seconds)', audience: 'a string or an array of strings', object: 'a JSON object' };
const noun = (v: unknown) => NOUN[s(v)]!;
const said = (typ: unknown) => (s(typ) ? `"typ" is ${s(typ)}` : 'No "typ"');
const KEY = (p: MessageParams) => s(p.key);
const SALT: Record<string, (v: unknown) => string> = {
  none: () => 'No "p2s" (salt input)', type: (v) => `"p2s" must be a base64url string, not ${s(v)}`, short: (v) => `"p2s" is ${s(v)} octet${v === 1 ? '' : 's'}`, encoding: () => '"p2s" is not base64url',
};

export const PROFILE_MESSAGES_EN: Partial<Record<ProfileMessageCode, En>> = {
  'claim.required': (p) => `${s(p.what)} must have "${s(p.name)}"`,
  'claim.type': (p) => `"${s(p.name)}" must be ${TYPE[s(p.type)]}, not ${s(p.actual)}`,
  'claim.absent': (p) => `No "${s(p.name)}"`,
  'claim.notInToken': (p) => `No "${s(p.name)}" in the token`,
  'claim.giveExpected': (p) => `"${s(p.name)}" is ${s(p.value)}; give the expected value (${s(p.context)}) to compare`,
  'claim.missingExpected': (p) => `"${s(p.name)}" is missing; expected ${s(p.expected)}`,
  'claim.asExpected': (p) => `"${s(p.name)}" is ${s(p.value)}, as expected`,
  'claim.notExpected': (p) => `"${s(p.name)}" is ${s(p.value)}; expected ${s(p.expected)}`,
  'claim.forbidden': (p) => `"${s(p.name)}" must not be present: ${s(p.why)}`,
  'claim.forbiddenAbsent': (p) => `No "${s(p.name)}", as required: ${s(p.why)}`,
  'claims.all': (p) => `${s(p.what)} has every required claim (${s(p.names)})`,
  'claims.needs': (p) => {
    const missing = s(p.missing) ? [`missing ${s(p.missing).split(', ').map((n) => `"${n}"`).join(', ')}`] : [];
    const wrong = s(p.wrong).split(';').filter(Boolean).map((w) => w.split(':')).map(([n, t, a]) => `"${s(n)}" must be ${TYPE[s(t)]}, not ${s(a)}`);
    return `${s(p.what)} needs ${s(p.names)}: ${[...missing, ...wrong].join('; ')}`;
  },
  'claims.encrypted': () => 'The claims are encrypted: decrypt the token and pass its claims (context.claims) to check them',
  'exp.none': () => 'No "exp": the token does not expire by itself',
  'exp.expired': (p) => `Expired at ${s(p.time)} (the clock reads ${s(p.now)})`,
  'exp.ok': (p) => `Expires at ${s(p.time)}`,
  'iat.future': (p) => `Issued in the future: ${s(p.time)} (the clock reads ${s(p.now)})`,
  'iat.ok': (p) => `Issued at ${s(p.time)}`,
  'aud.giveExpected': (p) => `"aud" is ${s(p.value)}; give ${s(p.context)} to check that it names you`,
  'aud.includes': (p) => `"aud" includes ${s(p.expected)}`,
  'aud.excludes': (p) => `"aud" is ${s(p.value)}, which does not include ${s(p.expected)}`,
  'typ.explicit': (p) => `"typ" is ${s(p.typ)}: explicitly typed as ${noun(p.profile)}${p.prefixed ? ' (the "application/" prefix is allowed; RFC 8725 §3.11 recommends leaving it out)' : ''}`,
  'typ.formerVc': () => '"typ" is "vc+sd-jwt", the former name; SD-JWT VC now requires "dc+sd-jwt"',
  'typ.otherKind': (p) => `"typ" is ${s(p.typ)}, which makes this ${noun(p.other)}; accepting it as ${noun(p.profile)} is cross-JWT confusion`,
  'typ.required': (p) => `${said(p.typ)}; ${noun(p.profile)} must have "typ": ${s(p.wanted)}`,
  'typ.generic': (p) => {
    const hint = p.hint === 'recommended' ? `; explicit typing with ${s(p.wanted)} is recommended` : p.hint === 'id_token' ? '; ID tokens have no registered type, so "JWT" or none is expected' : '';
    return `${said(p.typ)}: not a finding (RFC 8725 §3.11: "JWT" is not explicit typing, and kinds of JWT older than it do not use it)${hint}`;
  },
  'typ.unknownKind': (p) => `${said(p.typ)}: explicitly typed as a kind of JWT JOSE Lab has no checks for`,
  'typ.wrongKind': (p) => `${said(p.typ)}, which names another kind of JWT; ${noun(p.profile)} ${s(p.wanted) ? `is typed ${s(p.wanted)}` : 'has "JWT" or no "typ"'}`,
  'alg.encrypted': (p) => `Encrypted with ${s(p.alg)} / ${s(p.enc)}; the claims are checked once decrypted`,
  'alg.jweNotAllowed': (p) => `This kind of JWT is signed by its holder's key, but this is a JWE (${s(p.alg)})`,
  'alg.missing': () => '"alg" is missing or not a string',
  'alg.none': (p) => `"alg" is ${s(p.alg)}${p.variant ? ' (a case variant of "none", used to slip past filters)' : ''}: unsigned, so anyone could have made it`,
  'alg.unknown': (p) => `"alg" ${s(p.alg)} is not a JWS algorithm JOSE Lab knows`,
  'alg.hmacNotAllowed': (p) => `"alg" is ${s(p.alg)}, a shared-secret MAC; this kind of JWT must use an asymmetric signature`,
  'alg.ok': (p) => `"alg" is ${s(p.alg)}${p.asymmetric ? ', an asymmetric signature' : ''}`,
  'bp.encrypted': () => 'The claims are encrypted',
  'bp.allow.missing': () => '"alg" is missing: nothing to check against an allow-list',
  'bp.allow.none': (p) => `"alg" is ${s(p.alg)}${p.variant ? ' (a case variant that slips past a block-list comparing "none" exactly)' : ''}: an allow-list of the algorithms you expect never contains it`,
  'bp.allow.unknown': (p) => `"alg" ${s(p.alg)} is not a registered ${s(p.kind)} algorithm (algorithm names are case-sensitive)`,
  'bp.allow.unknownEnc': (p) => `"enc" ${s(p.enc)} is not a registered content encryption algorithm`,
  'bp.allow.ok': (p) => `"alg" ${s(p.alg)}${s(p.enc) ? ` / "enc" ${s(p.enc)}` : ''} is registered; a verifier accepts only the algorithms it expects from this issuer, never what the header asks for`,
  'bp.algs.none': () => 'An unsecured JWT ("none") is acceptable only when something else protects it, and libraries should not accept it unless asked',
  'bp.algs.rsa1_5': () => 'RSA1_5 (RSAES-PKCS1-v1_5) is open to padding-oracle attacks; use RSA-OAEP',
  'bp.algs.unknown': (p) => `${s(p.alg)} is not a registered algorithm, so there is nothing to judge (the allow-list rule refuses it)`,
  'bp.algs.ok': (p) => `${s(p.alg)} is a current algorithm`,
  'bp.keyAlg.needsResult': () => 'Verify or decrypt first: this rule is about the key that was used',
  'bp.keyAlg.bound': (p) => `The key's JWK says "alg": "${s(p.alg)}", so it cannot be used with any other algorithm`,
  'bp.keyAlg.unbound': (p) => `${KEY(p)} fits ${s(p.alg)}, but its JWK has no "alg" member binding it to that one algorithm; add "alg": "${s(p.alg)}" (each key MUST be used with exactly one algorithm)`,
  'bp.confusion.ok': (p) => `${KEY(p)} with ${s(p.alg)}: the key's type decides the algorithm family, so a public key never becomes an HMAC secret`,
  'bp.confusion.mismatch': (p) => `${KEY(p)} was used with ${s(p.alg)}: the algorithm family does not match the key`,
  'bp.confusion.embedded': (p) => `An HMAC alg (${s(p.alg)}) with ${s(p.names)} in the header: the classic confusion attack signs with a public key used as the HMAC secret`,
  'bp.confusion.needsResult': () => 'Verify first: this rule is about the key the algorithm ran with',
  'bp.crypto.unsigned': () => 'Nothing to validate: the token is unsigned',
  'bp.crypto.verified': () => 'The signature was verified',
  'bp.crypto.notVerified': () => 'The signature has not been verified yet',
  'bp.crypto.nested': () => 'A nested JWT: the inner JWT must be verified too, with its own key and algorithms',
  'bp.crypto.publicKey': (p) => `Encrypted to a public key (${s(p.alg)}) without an inner signature: anyone with the public key could have made it, so decrypting proves nothing about the sender`,
  'bp.crypto.sharedKey': (p) => `Encrypted with a shared key (${s(p.alg)}): decrypting also authenticates whoever holds that key`,
  'bp.inputs.none': () => 'No ECDH-ES key agreement: no ephemeral public key to validate',
  'bp.inputs.noEpk': () => 'ECDH-ES needs "epk", the ephemeral public key',
  'bp.inputs.private': () => '"epk" carries a private key ("d")',
  'bp.inputs.ok': (p) => `"epk" is ${s(p.kty)} ${s(p.crv)}; JOSE Lab checks the point is on the curve and the curve is the recipient's before deriving (invalid-curve attack)`,
  'bp.strength.needsResult': () => 'Verify or decrypt first: this rule is about the key',
  'bp.strength.shortSecret': (p) => `The secret is ${s(p.bytes)} bytes; ${s(p.alg)} needs at least ${s(p.need)} random bytes (a password must never be an HMAC key)`,
  'bp.strength.shortRsa': (p) => `The RSA key is ${s(p.bits)} bits; at least 2048`,
  'bp.strength.password': () => 'A password-based key (PBES2): still open to brute force, so use a long random password',
  'bp.strength.ok': (p) => `${KEY(p)}: long enough for ${s(p.alg)}`,
  'bp.zip.notJwe': () => 'Not encrypted: nothing is compressed before encryption',
  'bp.zip.none': () => 'The plaintext is not compressed',
  'bp.zip.used': (p) => `"zip": ${s(p.zip)}: compressing before encrypting lets the ciphertext length reveal the plaintext`,
  'utf8.ok': () => 'The header and claims are UTF-8 JSON',
  'utf8.jwe': () => 'The header is UTF-8 JSON (the payload is encrypted)',
  'bp.iss.none': () => 'No "iss": nothing names the issuer, so the keys cannot be tied to one',
  'bp.iss.untrustedKey': (p) => `"iss" is ${s(p.iss)}, but the key came ${s(p.label)}: nothing ties it to that issuer`,
  'bp.iss.ok': (p) => `"iss" is ${s(p.iss)}${s(p.url) ? `; the key came from ${s(p.url)}: check that it is that issuer's jwks_uri` : '; the keys that verify it must be that issuer\'s'}`,
  'bp.aud.none': () => 'No valid "aud": a token for one service could be replayed at another (substitution)',
  'bp.aud.ok': (p) => `"aud" is ${s(p.aud)}; each recipient must find itself in it`,
  'bp.untrusted.selfVouched': (p) => `Verified with a key ${s(p.label)}: the token vouched for itself`,
  'bp.untrusted.urls': (p) => `The header names key URLs (${s(p.names)}): fetching them blindly is server-side request forgery; only allow-listed URLs (JOSE Lab never fetches them)`,
  'bp.untrusted.keys': (p) => `The header carries its own key (${s(p.names)}): a verifier must not use it unless it is pinned or chains to a trusted root`,
  'bp.untrusted.keyElsewhere': (p) => `The header carries ${s(p.names)}, but the key used came ${s(p.label)}`,
  'bp.untrusted.none': () => 'No key or key URL in the header',
  'bp.typing.ok': (p) => `"typ" is ${s(p.typ)}: this kind of JWT cannot be taken for another`,
  'bp.typing.required': (p) => `${said(p.typ)}, but the claims are those of ${noun(p.profile)}, whose spec (${s(p.spec)}) requires "typ": ${s(p.wanted)}`,
  'bp.typing.nested': () => 'A nested JWT: explicit typing belongs in the inner JWT',
  'bp.typing.none': (p) => `${said(p.typ)}: not explicit typing, and not a finding either — it is recommended for new kinds of JWT, and older kinds (ID tokens) do not use it`,
  'bp.exclusive.several': (p) => `The claims fit several kinds of JWT (${s(p.kinds)}) and no "typ" tells them apart: a verifier checking only claims could accept one as another`,
  'bp.exclusive.typed': () => 'The "typ" tells this kind of JWT apart',
  'bp.exclusive.one': (p) => `The claims fit only ${s(p.kind)}`,
  'bp.exclusive.none': () => 'The claims fit no known kind',
  'bp.p2c.notPbes2': () => 'Not PBES2: no iteration count',
  'bp.p2c.type': (p) => `"p2c" must be a positive integer, not ${s(p.p2c)}`,
  'bp.p2c.salt': (p) => `${SALT[s(p.salt)]!(p.value)}: the iteration count buys nothing against precomputed passwords without a salt of at least ${s(p.min)} octets`,
  'bp.p2c.high': (p) => `"p2c" is ${s(p.p2c)}: more than twice OWASP's 600,000 iterations, a denial-of-service lever`,
  'bp.p2c.ok': (p) => `"p2c" is ${s(p.p2c)}${p.cap ? `; JOSE Lab's decrypt refuses more than ${s(p.cap)} unless allowed` : ''}`,
  'bp.compact.json': () => 'A JSON serialization: JWTs use the compact form only; verifying the JSON form while reading claims from a compact one is the format-confusion attack',
  'bp.compact.ok': () => 'Compact: only letters, digits, "-", "_" and "."',
  'bp.compact.chars': () => 'The token has characters other than letters, digits, "-", "_" and "."',
  'bp.inflate.none': () => 'Nothing to decompress',
  'bp.inflate.unknown': (p) => `"zip" ${s(p.zip)} is not "DEF", the only registered compression`,
  'bp.inflate.ok': (p) => `DEFLATE: JOSE Lab stops inflating at ${Number(p.bytes).toLocaleString('en')} bytes; a verifier must cap it too (the draft suggests 250 KB)`,
  'bp.crit.jwe': (p) => `"crit" marks ${s(p.crit)} as critical; JOSE Lab understands no JWE extension, so it must refuse the token`,
  'bp.crit.ok': (p) => `"crit" lists only extensions JOSE Lab implements (${s(p.crit)})`,
};
