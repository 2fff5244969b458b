import type { Bytes } from '../../lib/bytes.ts';
import type { JsonObject } from '../../lib/json.ts';
import type { JweAlg, JweEnc } from '../../lib/registry.ts';
import type { Trace } from '../../lib/trace.ts';
import type { JoseKey, Jwk } from '../../jwk/types.ts';

/** Test hooks: fixed values so the deterministic RFC examples reproduce byte for byte. */
export interface KeyManagementHooks {
  /** ECDH-ES: the ephemeral private key as a JWK (a fresh one is generated otherwise). */
  epk?: Jwk;
  /** PBES2: the salt input (random 16 octets otherwise). */
  p2s?: Uint8Array;
  /** PBES2: the iteration count (DEFAULT_PBES2_COUNT_FOR_ENCRYPT otherwise). */
  p2c?: number;
  /** A*GCMKW: the 96-bit IV of the key encryption (random otherwise). */
  keyWrapIv?: Uint8Array;
}

export interface WrapInput {
  alg: JweAlg;
  enc: JweEnc;
  key: JoseKey;
  /** The CEK to wrap; undefined for dir and ECDH-ES, which determine the CEK themselves. */
  cek: Bytes | undefined;
  /** The header members known so far ("apu", "apv" for ECDH-ES). */
  header: JsonObject;
  hooks: KeyManagementHooks;
  trace?: Trace;
}

export interface WrapResult {
  cek: Bytes;
  /** Empty for dir and ECDH-ES (RFC 7516 §5.1 step 5). */
  encryptedKey: Bytes;
  /** Header parameters the algorithm adds: epk, iv and tag, p2s and p2c. */
  params: JsonObject;
}

export interface UnwrapInput {
  alg: JweAlg;
  enc: JweEnc;
  key: JoseKey;
  encryptedKey: Bytes;
  /** The merged JOSE header of the recipient. */
  header: JsonObject;
  maxPbes2Count: number;
  trace?: Trace;
}
