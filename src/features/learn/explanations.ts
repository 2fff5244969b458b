import type { TraceStep } from '../../jose/index.ts';
import { lazyContent, type ContentLocale } from '../../lib/i18n/content/locale.ts';
import type { StepValue } from './stepValue.ts';
import { SD_JWT, disclosure } from './sdJwtExplanations.ts';
import { has, type Op, type StepExplainer, type StepExplanations } from './explainTable.ts';

/**
 * Two or three plain sentences per step, for a reader who has never seen the RFC. Keyed by the
 * engine's stable step ids (src/jose/lib/trace.ts); the variant is chosen from the values present
 * (a DigestInfo means RSA PKCS#1 v1.5, r and s mean ECDSA...), never from a title's wording.
 */

function digest(values: readonly StepValue[], op: Op): string[] {
  if (has(values, 'digestInfo')) {
    return [
      'RS256/384/512 hash the signing input with SHA-2, then wrap the hash in a DER "DigestInfo" that names the hash function.',
      op === 'sign'
        ? 'The DigestInfo is padded (0x00 0x01 FF…FF 0x00) and raised to the private exponent: that number is the signature.'
        : 'Raising the signature to the public exponent must give back exactly this padded DigestInfo; any other result means a different key or different bytes.',
    ];
  }
  if (has(values, 'saltLength')) {
    return [
      'PS256/384/512 hash the signing input, then mix the hash with a random salt (EMSA-PSS), so two signatures of the same input differ.',
      'JOSE fixes the salt length to the size of the hash; a verifier that assumes another length rejects good signatures.',
    ];
  }
  if (has(values, 'r')) {
    return [
      'ECDSA signs the hash of the signing input and produces two numbers, r and s.',
      'JOSE writes them as two fixed-length big-endian integers side by side (R || S). OpenSSL, Java and many libraries write the same pair in DER instead: passing one where the other is expected is the classic ECDSA interop bug.',
    ];
  }
  if (has(values, 'mac') || has(values, 'mac.computed')) {
    return [
      'HMAC mixes the shared secret into a SHA-2 hash of the signing input.',
      'Only someone holding the same secret can compute the same value, which is why a weak or guessable secret breaks HS256 completely.',
    ];
  }
  if (has(values, 'parameterSet')) return ['ML-DSA (FIPS 204), a post-quantum lattice signature, signs the signing input itself in pure mode: JOSE fixes the context string to empty, so the message is 0x00 || 0x00 || signing input.', 'Its signatures are large (2420, 3309 or 4627 bytes) and, like RSA-PSS, differ on every signing: they are hedged with fresh randomness.'];
  return ['The signing input goes into the signature algorithm named by "alg".', 'EdDSA signs the signing input itself; it hashes internally.'];
}

const JWS: Record<string, StepExplainer> = {
  split: () => [
    'A compact JWS is three base64url strings joined by dots: the protected header, the payload and the signature.',
    'Splitting needs no key: the first two parts are only encoded, so anyone holding the token can read them.',
  ],
  header: (_v, op) =>
    op === 'sign'
      ? ['The header is written as JSON, encoded as UTF-8 bytes and then as base64url.', 'Its "alg" tells the verifier which algorithm made the signature.']
      : [
          'The first part decodes to UTF-8 JSON: the JOSE Header.',
          'Its "alg" says how the signature was made. A verifier must check that this is an algorithm it expects for this key before doing anything else.',
        ],
  payload: (_v, op) =>
    op === 'sign'
      ? ['The payload bytes (for a JWT, the JSON claims) are encoded as base64url.', 'Encoding is not encryption: anyone can decode them.']
      : ['The second part decodes to the payload: for a JWT, the JSON claims.', 'They are only encoded, not encrypted: never put secrets in a signed token.'],
  'signing-input': () => [
    'What is signed is not the JSON but the ASCII text of the first two parts with the dot between them, exactly as they appear in the token.',
    'Re-encoding the header or payload, even with the same meaning, would change these bytes and break the signature.',
  ],
  digest: digest,
  signature: (values, op) => {
    if (op === 'sign') return ['The signature bytes are base64url-encoded and become the third part of the token.'];
    if (has(values, 'mac.computed') || has(values, 'mac.received')) {
      return [
        'The verifier computes the MAC itself and compares it with the one in the token, byte for byte.',
        'The comparison takes the same time whatever the bytes, so timing does not reveal how much matched.',
      ];
    }
    return [
      'With a public key the verifier cannot recompute the signature; it checks it mathematically against the hash of the signing input.',
      'The check either passes or fails: a single changed bit in the header, the payload or the signature fails it.',
    ];
  },
  verdict: (values) =>
    values.some((v) => v.text === 'Signature verified')
      ? ['The header and payload are exactly what the key holder signed.', 'Only now may the claims ("exp", "aud", "iss"...) be checked and trusted.']
      : ['The token must be rejected: nothing in it can be trusted.'],
};

function keyWrap(values: readonly StepValue[], op: Op, title: string): string[] {
  if (/direct/i.test(title) || (values.length === 1 && values[0]?.name === 'cek')) {
    return ['With "alg": "dir" there is no encrypted key: the shared symmetric key is itself the Content Encryption Key.', 'Both sides must already hold that key.'];
  }
  if (has(values, 'kw.iv') || has(values, 'kw.tag')) {
    return [
      'A*GCMKW encrypts the CEK with AES-GCM under the shared key.',
      'The "iv" and "tag" header members belong to this step (the key encryption), not to the content.',
    ];
  }
  if (/PKCS1-v1_5/.test(title) && op === 'decrypt') {
    return [
      'The encrypted key is the random CEK encrypted to the recipient\'s RSA public key with PKCS #1 v1.5 padding.',
      'This screen asked the engine to say whether the padding check passed, so you can see why a key fails. A real decrypter must never reveal that: it goes on with a random CEK, so a bad padding and a wrong key fail alike at the tag (RFC 7516 §11.5, Bleichenbacher\'s attack). The engine does exactly that for every other caller.',
    ];
  }
  if (/RSA/.test(title)) {
    return op === 'encrypt'
      ? ['The random CEK is encrypted to the recipient\'s RSA public key.', 'Only the matching private key can recover it.']
      : ['The encrypted key is the random CEK encrypted to the recipient\'s RSA public key.', 'The private key recovers it; any other key fails here, before the content is touched.'];
  }
  return op === 'encrypt'
    ? ['AES Key Wrap (RFC 3394) encrypts the CEK under the key-wrapping key and adds an integrity check value.']
    : [
        'AES Key Wrap (RFC 3394) decrypts the wrapped CEK with the key-wrapping key and checks its built-in integrity value (A6A6A6A6A6A6A6A6).',
        'A wrong key fails here, before any content is touched.',
      ];
}

const JWE: Record<string, StepExplainer> = {
  header: (_v, op) =>
    op === 'encrypt'
      ? ['The header names two algorithms: "alg" for how the content key reaches the recipient, "enc" for how the content is encrypted.']
      : [
          'A compact JWE has five parts: protected header, encrypted key, initialization vector, ciphertext and authentication tag.',
          'The header names two algorithms: "alg" for how the content key reaches the recipient, "enc" for how the content is encrypted.',
        ],
  pbkdf2: () => [
    'PBES2 turns a password into a key-wrapping key with PBKDF2.',
    'The salt is the alg name, a zero byte and the random "p2s"; the "p2c" iterations make every guess of the password slow.',
  ],
  'key-agreement': () => [
    'ECDH-ES combines the recipient\'s private key with the sender\'s ephemeral public key "epk" into a shared secret Z.',
    'Both sides compute the same Z without ever sending it.',
  ],
  kdf: () => [
    'Z is not used directly: the Concat KDF hashes it with the OtherInfo fields (AlgorithmID, PartyUInfo, PartyVInfo, SuppPubInfo).',
    'Binding the algorithm and the key length into the hash gives a key of exactly the right size for exactly this use.',
  ],
  'key-wrap': keyWrap,
  cek: (_v, op) =>
    op === 'encrypt'
      ? ['The Content Encryption Key is random and used for this one token only.']
      : ['Whatever the key management, the result is the Content Encryption Key (CEK): random bytes used for this one token only.'],
  iv: () => ['A fresh random initialization vector: encrypting the same plaintext twice must never give the same ciphertext.'],
  aad: () => [
    'The Additional Authenticated Data is the ASCII of the encoded protected header exactly as it appears in the token (in the JSON serialization, followed by "." and the "aad" member).',
    'It is not encrypted, but the tag covers it: changing one header character makes the tag fail.',
  ],
  'cek-split': () => ['For AES-CBC with HMAC the CEK is two keys: the first half is the HMAC key (MAC_KEY), the second half the AES key (ENC_KEY).'],
  'tag-check': () => [
    'The tag is the HMAC of AAD || IV || ciphertext || AL, where AL is the AAD length in bits as a 64-bit number, cut to its first half.',
    'It is checked before decrypting, so a forged or altered token is rejected without touching the ciphertext.',
  ],
  'content-encryption': () => ['The plaintext is encrypted with the CEK and the IV; the AAD is authenticated with it, giving the ciphertext and the authentication tag.'],
  'content-decryption': (values) =>
    has(values, 'tag.computed') && !has(values, 'al')
      ? [
          'AES-GCM decrypts and authenticates in one operation: it computes the tag over the AAD and the ciphertext and compares it with the received one.',
          'No plaintext is released unless the two tags are equal.',
        ]
      : ['Only after the tag matched, AES-CBC decrypts the ciphertext and removes the PKCS #7 padding.'],
  deflate: () => ['"zip": "DEF" compresses the plaintext with raw DEFLATE before it is encrypted (compressing after encryption would gain nothing).'],
  inflate: () => ['The header says "zip": "DEF", so the decrypted bytes are raw DEFLATE data: inflating them gives the original plaintext.'],
  plaintext: (_v, op) =>
    op === 'encrypt'
      ? ['The content to encrypt: for a JWT, the JSON claims.']
      : ['The decrypted content: for a JWT, the JSON claims. It can be trusted because the tag matched.'],
};

/** The English step explanations (exported for the Spanish key-parity test). */
export const STEP_EXPLANATIONS: StepExplanations = { jws: JWS, jwe: JWE, sdJwt: SD_JWT, disclosure };
const ENGLISH = STEP_EXPLANATIONS;

const SPANISH = lazyContent(() => import('./explanations.es.ts').then((m) => m.STEP_EXPLANATIONS_ES));

/** Fetches the step explanations of a language once; until it resolves, explain() answers in English. */
export async function loadStepExplanations(locale: ContentLocale): Promise<void> {
  if (locale === 'es') await SPANISH.load();
}

/** The two or three sentences that explain one step of a trace, in `locale` (load it first with loadStepExplanations). */
export function explain(operation: Op, step: TraceStep, values: readonly StepValue[], locale: ContentLocale = 'en'): string[] {
  const texts = (locale === 'es' ? SPANISH.get() : undefined) ?? ENGLISH;
  if (/^disclosure-\d+$/.test(step.id)) return texts.disclosure(values);
  const sd = texts.sdJwt[step.id];
  if (sd) return sd(values);
  const jws = operation === 'sign' || operation === 'verify';
  const table = jws ? texts.jws : texts.jwe;
  // An SD-JWT's Key Binding JWT is a JWS: its "kb-…" steps read like the Issuer's.
  const f = table[step.id] ?? (step.id.startsWith('kb-') ? table[step.id.slice(3)] : undefined);
  return f ? f(values, operation, step.title) : [];
}

/** A section for the steps the engine leaves without one (the verdict, the plaintext...). */
export function defaultRef(operation: Op): string | undefined {
  const jws = operation === 'sign' || operation === 'verify';
  if (jws) return operation === 'sign' ? 'RFC 7515 §5.1' : 'RFC 7515 §5.2';
  return operation === 'encrypt' ? 'RFC 7516 §5.1' : 'RFC 7516 §5.2';
}
