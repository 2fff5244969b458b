import type { JwsFamily } from '../lib/registry.ts';
import { ecdsaPrimitive } from './ecdsa.ts';
import { eddsaPrimitive } from './eddsa.ts';
import { hmacPrimitive } from './hmac.ts';
import { mlDsaPrimitive } from './ml-dsa.ts';
import type { JwsPrimitive } from './primitive.ts';
import { rsaPrimitive } from './rsa.ts';

/** The registry's family -> the code that runs it. */
export const PRIMITIVES: Readonly<Record<JwsFamily, JwsPrimitive>> = {
  HMAC: hmacPrimitive,
  'RSASSA-PKCS1-v1_5': rsaPrimitive,
  'RSA-PSS': rsaPrimitive,
  ECDSA: ecdsaPrimitive,
  EdDSA: eddsaPrimitive,
  'ML-DSA': mlDsaPrimitive,
};
