/**
 * The example menu: the seed documents' tokens and RFC 7520 (JOSE Cookbook) examples with their keys,
 * so a workshop starts in one click. Only the names are in the first load; the tokens and keys
 * (./examplesData.ts) load when one is picked.
 */
import type { Example } from './exampleType.ts';

export type { Example } from './exampleType.ts';

export type ExampleName = Pick<Example, 'id' | 'group' | 'label'>;

export const EXAMPLE_NAMES: readonly ExampleName[] = [
  { id: "seed-hs256-password", group: "Seed documents", label: "HS256 signed with \"password\" (Python JOSE docs)" },
  { id: "seed-unsecured", group: "Seed documents", label: "Unsecured JWS, alg \"none\" (Spanish JWT intro)" },
  { id: "seed-hs256-notsosecret", group: "Seed documents", label: "HS256 signed with \"notsosecret\" (Spanish JWT intro)" },
  { id: "seed-rsa-oaep-jwe", group: "Seed documents", label: "RSA-OAEP + A128CBC-HS256 JWE, key not published (Python JOSE docs)" },
  { id: "rfc7520-4.1", group: "RFC 7520 (JOSE Cookbook)", label: "§4.1 RS256 signature, RSA public JWK" },
  { id: "rfc7520-4.3", group: "RFC 7520 (JOSE Cookbook)", label: "§4.3 ES512 signature, EC P-521 public JWK" },
  { id: "rfc7520-4.4", group: "RFC 7520 (JOSE Cookbook)", label: "§4.4 HS256 MAC, symmetric JWK" },
  { id: "rfc7520-4.8", group: "RFC 7520 (JOSE Cookbook)", label: "§4.8 three signatures (general JSON), RSA public JWK" },
  { id: "rfc7520-5.2", group: "RFC 7520 (JOSE Cookbook)", label: "§5.2 RSA-OAEP + A256GCM JWE, RSA private JWK" },
  { id: "rfc7520-5.3", group: "RFC 7520 (JOSE Cookbook)", label: "§5.3 PBES2-HS512+A256KW + A128CBC-HS256 JWE, password" },
  { id: "rfc7520-5.4", group: "RFC 7520 (JOSE Cookbook)", label: "§5.4 ECDH-ES+A128KW + A128GCM JWE, EC P-384 private JWK" },
  { id: "rfc7520-5.6", group: "RFC 7520 (JOSE Cookbook)", label: "§5.6 dir + A128GCM JWE, symmetric JWK" },
];

export async function loadExample(id: string): Promise<Example | undefined> {
  const { EXAMPLES_DATA } = await import('./examplesData.ts');
  return EXAMPLES_DATA.find((e) => e.id === id);
}
