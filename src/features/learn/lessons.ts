/**
 * A short path through the seed documents' concepts (the product's seed documents: the Spanish JWT introduction and
 * the Python JOSE library's documentation), each with a live example that opens in the decoder.
 */
import { rfcRef } from '../../jose/index.ts';
import { lazyContent, type ContentLocale } from '../../lib/i18n/content/locale.ts';

export interface Lesson {
  id: string;
  title: string;
  paragraphs: string[];
  /** Example ids (examples.json) and the words on the button that opens each. */
  examples: { id: string; button: string }[];
  ref: { label: string; url: string };
}

export const LESSONS: Lesson[] = [
  {
    id: 'unsecured',
    title: 'An unsigned JWT, and why it must never be accepted',
    paragraphs: [
      'An unsigned JWT has "alg": "none" in its header and an empty third part: the token ends with a dot.',
      'Anyone can write one, with any claims. A server that accepts "none" lets anyone be anyone, so verifiers must refuse it whatever the token says; JOSE Lab decodes it but never calls it verified.',
    ],
    examples: [{ id: 'seed-unsecured', button: 'Open the unsigned JWT in Decode' }],
    ref: rfcRef(7519, '6'),
  },
  {
    id: 'signed',
    title: 'A signed JWT (JWS)',
    paragraphs: [
      'A signed JWT carries a base64url signature as its third part; the header\'s "alg" names the algorithm that made it.',
      'This one is HMAC-SHA256 ("alg": "HS256") with the UTF-8 secret notsosecret. Open it, then come back here to see the signing input and the MAC computed step by step.',
    ],
    examples: [{ id: 'seed-hs256-notsosecret', button: 'Open the HS256 JWT and its secret in Decode' }],
    ref: rfcRef(7515, '3'),
  },
  {
    id: 'jws-or-jwe',
    title: 'JWS or JWE? Two rules from RFC 7516 §9',
    paragraphs: [
      'Rule one, the "alg" value: a digital signature or MAC algorithm (or "none") means a JWS; a key encryption, key wrapping, key agreement or direct encryption algorithm means a JWE.',
      'Rule two, the "enc" member: if the header has "enc", it is a JWE; otherwise it is a JWS. In the compact form the segment count agrees: three parts for a JWS, five for a JWE.',
    ],
    examples: [
      { id: 'rfc7520-4.4', button: 'Open a JWS (HS256, no "enc") in Decode' },
      { id: 'rfc7520-5.8', button: 'Open a JWE (A128KW with "enc": "A128GCM") in Decode' },
    ],
    ref: rfcRef(7516, '9'),
  },
  {
    id: 'jwe-json',
    title: 'The JWE JSON serialization and its eight members',
    paragraphs: [
      'Instead of five dotted parts, a JWE can be a JSON object with up to eight members: "protected", "unprotected", "header", "encrypted_key", "iv", "ciphertext", "tag" and "aad".',
      'Six are base64url strings; "unprotected" and "header" are plain JSON objects. With "recipients" one ciphertext can be opened by several keys, each with its own "header" and "encrypted_key".',
    ],
    examples: [{ id: 'rfc7516-A.4', button: 'Open the two-recipient JSON JWE in Decode' }],
    ref: rfcRef(7516, '7.2'),
  },
  {
    id: 'claims',
    title: 'Registered, public and private claims',
    paragraphs: [
      'Registered claims are the IANA-registered names: iss, sub, aud, exp, nbf, iat and jti. None is mandatory, but exp, nbf and aud must be checked when present.',
      'Public claims use names that cannot collide: registered with IANA (email, phone_number) or a URI such as "http://example.com/is_root". Private claims, such as "admin", are agreed between two parties and may collide with someone else\'s.',
    ],
    examples: [
      { id: 'seed-hs256-notsosecret', button: 'Open a JWT with a private claim ("admin") in Decode' },
      { id: 'seed-unsecured', button: 'Open a JWT with a public URI claim in Decode' },
    ],
    ref: rfcRef(7519, '4'),
  },
  {
    id: 'library-flow',
    title: 'The seed library\'s flow: sign, serialize, deserialize, verify; encrypt, decrypt',
    paragraphs: [
      'sign(claims, jwk, alg="HS256") makes the three parts; serialize_compact joins them with dots for transport; deserialize_compact splits them again; verify recomputes the signature with the key.',
      'encrypt(claims, public key) picks a random CEK, encrypts it with RSA-OAEP and the claims with A128CBC-HS256; decrypt with the private key reverses both. The steps below show every intermediate value of each.',
    ],
    examples: [
      { id: 'seed-hs256-password', button: 'Open the library\'s signed token (secret "password") in Decode' },
      { id: 'seed-rsa-oaep', button: 'Open an RSA-OAEP + A128CBC-HS256 token and its private key in Decode' },
    ],
    ref: rfcRef(7519, '7'),
  },
];

const SPANISH = lazyContent(() => import('./lessons.es.ts').then((m) => m.LESSONS_ES));

/** Fetches the lessons of a language once; until it resolves, lessons() answers in English. */
export async function loadLessons(locale: ContentLocale): Promise<void> {
  if (locale === 'es') await SPANISH.load();
}

/**
 * The lessons in `locale` (load it first with loadLessons): the same ids, examples and references as
 * LESSONS, with the title, paragraphs and button words of that language.
 *
 * @example
 * await loadLessons('es');
 * lessons('es')[0].title; // 'Un JWT sin firmar, y por qué nunca hay que aceptarlo'
 */
export function lessons(locale: ContentLocale): Lesson[] {
  const table = locale === 'es' ? SPANISH.get() : undefined;
  if (!table) return LESSONS;
  return LESSONS.map((lesson) => {
    const text = table[lesson.id];
    if (!text) return lesson;
    return { ...lesson, title: text.title, paragraphs: text.paragraphs, examples: lesson.examples.map((e, i) => ({ id: e.id, button: text.buttons[i] ?? e.button })) };
  });
}
