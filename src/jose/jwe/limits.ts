/**
 * Work caps for decrypt: a hostile token must not freeze the page. The defaults follow what
 * trusted libraries use (panva/jose and erlang-jose cap p2c at 10,000; panva caps inflated
 * plaintext at 250 kB, go-jose at 250 kB or 10x; JOSE Lab allows 1 MiB so real payloads fit).
 * Each error that hits a cap names it and the option that raises it.
 */

/**
 * Highest PBES2 "p2c" (iteration count) decrypt accepts unless `maxPbes2Count` raises it.
 *
 * @example
 * await decrypt(token, password, { algorithms: ['PBES2-HS256+A128KW'], maxPbes2Count: 5 * DEFAULT_MAX_PBES2_COUNT });
 */
export const DEFAULT_MAX_PBES2_COUNT = 10_000;

/**
 * Largest plaintext a zip "DEF" JWE may inflate to unless `maxDecompressedBytes` raises it.
 *
 * @example
 * await decrypt(token, key, { maxDecompressedBytes: 4 * DEFAULT_MAX_DECOMPRESSED_BYTES });
 */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 1_048_576;

/**
 * RFC 7518 §4.8.1.1: the salt input "p2s" must be at least 8 octets.
 *
 * @example
 * MIN_PBES2_SALT_BYTES; // 8: a shorter "p2s" is refused (RFC 7518 §4.8.1.1)
 */
export const MIN_PBES2_SALT_BYTES = 8;

/**
 * RFC 7518 §4.8.1.2 asks for at least 1,000 iterations; encrypt uses the most a default decrypt accepts.
 *
 * @example
 * await encrypt('hi', password, { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c: 2 * DEFAULT_PBES2_COUNT_FOR_ENCRYPT });
 */
export const DEFAULT_PBES2_COUNT_FOR_ENCRYPT = 10_000;

/** Salt length encrypt picks for PBES2 (RFC 7518 §4.8.1.1 minimum is 8). */
export const DEFAULT_PBES2_SALT_BYTES = 16;
