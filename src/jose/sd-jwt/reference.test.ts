import { FlattenJSON, GeneralJSON } from '@sd-jwt/core';
import { describe, expect, it } from 'vitest';
import { referenceCases, type ReferenceCase } from '../../../test/sd-jwt/reference-specs.ts';
import { sdJwtOracle } from '../../../test/sd-jwt/oracle.ts';
import { importKey } from '../jwk/import.ts';
import type { JoseKey, JoseKeySet } from '../jwk/types.ts';
import type { JsonObject } from '../lib/json.ts';
import { issueSdJwt } from './issue.ts';
import { presentSdJwt } from './present.ts';
import { verifySdJwt } from './verify.ts';

/**
 * Every example specification of the SD-JWT reference implementation, issued, presented and verified
 * by JOSE Lab: the verified claims are exactly the ones the test's own model derives from the YAML
 * (test/sd-jwt/reference-specs.ts), under both readings of the holder's choices, and @sd-jwt/core
 * (on node:crypto) verifies each compact presentation to the same claims.
 */
const keyOf = async (jwk: object) => (await importKey(jwk)) as JoseKey;
const publicOf = (jwk: Record<string, unknown>) => Object.fromEntries(Object.entries(jwk).filter(([k]) => k !== 'd'));

async function run(c: ReferenceCase): Promise<{ presentation: string; claims: unknown; disclosures: number }> {
  const [first, ...more] = c.issuerKeys;
  const issuer = await keyOf(first!);
  const holderPrivate = await keyOf(c.holderKey);
  const holderPublic = await keyOf(publicOf(c.holderKey));
  const kid = (k: Record<string, unknown>): JsonObject => (typeof k.kid === 'string' ? { kid: k.kid } : {});
  const sdJwt = await issueSdJwt(c.claims, issuer, {
    alg: 'ES256',
    disclose: c.disclose,
    header: { ...c.header, ...kid(first!) },
    ...(c.keyBinding ? { holderKey: holderPublic } : {}),
    ...(c.decoys ? { decoys: 2 } : {}),
    serialization: c.serialization,
    signers: await Promise.all(more.map(async (k) => ({ key: await keyOf(k), alg: 'ES256' as const, header: { ...c.header, ...kid(k) } }))),
  });
  const presentation = await presentSdJwt(sdJwt, { disclose: c.reveal, ...(c.keyBinding ? { holderKey: holderPrivate, aud: c.aud, nonce: c.nonce } : {}) });
  const keys: JoseKey | JoseKeySet = c.issuerKeys.length === 1 ? await importKey(publicOf(first!)) : await importKey({ keys: c.issuerKeys.map(publicOf) });
  const r = await verifySdJwt(presentation, keys, { kb: { required: c.keyBinding, aud: c.aud, nonce: c.nonce, maxAgeSeconds: 300 } });
  if (c.keyBinding) expect(r.kb?.verified).toBe(true);
  else expect(r.kb).toBeUndefined();
  expect(r.serialization).toBe(c.serialization);
  return { presentation, claims: r.claims, disclosures: r.disclosures.length };
}

describe.each(['reference', 'named'] as const)('reference implementation examples, holder rule "%s"', (rule) => {
  const cases = referenceCases(rule);

  it('reads all 15 specifications', () => {
    expect(cases.map((c) => c.name)).toHaveLength(15);
    expect(cases.filter((c) => c.keyBinding).length).toBe(5);
    expect(cases.filter((c) => c.serialization !== 'compact').map((c) => c.name)).toEqual(['json_serialization_flattened', 'json_serialization_general']);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: issue → present → verify gives exactly the expected claims', async (_name, c) => {
    const { presentation, claims, disclosures } = await run(c);
    expect(claims).toEqual(c.expected);
    expect(disclosures).toBe(c.reveal.length);
    // The oracle reads compact text; its own classes turn the JSON serializations into it (first signature).
    const compact =
      c.serialization === 'compact' ? presentation
      : c.serialization === 'json-flattened' ? FlattenJSON.fromSerialized(JSON.parse(presentation)).toEncoded()
      : GeneralJSON.fromSerialized(JSON.parse(presentation)).toEncoded(0);
    const oracle = sdJwtOracle({ alg: 'ES256', issuerPublic: publicOf(c.issuerKeys[0]!) });
    const checked = await oracle.verify(compact, c.keyBinding ? { keyBindingNonce: c.nonce } : {});
    expect(checked.payload).toEqual(c.expected);
  });
});
