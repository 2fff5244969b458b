/**
 * The example tokens' names (src/lib/examples) that Decode's Example menu shows, and their groups:
 * with the Decode screen's words, before the first render. The examples only Learn offers are in
 * examplesLearn.ts (they come with Learn).
 */
export default {
  'examples.group.seeds': 'Seed documents',
  'examples.group.rfc7520': 'RFC 7520 (JOSE Cookbook)',
  'examples.seed-hs256-password': 'HS256 signed with "password" (Python JOSE docs)',
  'examples.seed-unsecured': 'Unsecured JWS, alg "none" (Spanish JWT intro)',
  'examples.seed-hs256-notsosecret': 'HS256 signed with "notsosecret" (Spanish JWT intro)',
  'examples.seed-rsa-oaep-jwe': 'RSA-OAEP + A128CBC-HS256 JWE, key not published (Python JOSE docs)',
  'examples.rfc7520-4.1': '§4.1 RS256 signature, RSA public JWK',
  'examples.rfc7520-4.3': '§4.3 ES512 signature, EC P-521 public JWK',
  'examples.rfc7520-4.4': '§4.4 HS256 MAC, symmetric JWK',
  'examples.rfc7520-4.8': '§4.8 three signatures (general JSON), RSA public JWK',
  'examples.rfc7520-5.2': '§5.2 RSA-OAEP + A256GCM JWE, RSA private JWK',
  'examples.rfc7520-5.3': '§5.3 PBES2-HS512+A256KW + A128CBC-HS256 JWE, password',
  'examples.rfc7520-5.4': '§5.4 ECDH-ES+A128KW + A128GCM JWE, EC P-384 private JWK',
  'examples.rfc7520-5.6': '§5.6 dir + A128GCM JWE, symmetric JWK',
} as const;
