/**
 * The Decode screen's classification reason (RFC 7516 §9), worded from its facts
 * (features/decoder/logic/classification.ts). English shows the engine's own sentence: these are
 * the same sentences, kept for the test that compares them, and come with the lazy screens.
 */
export default {
  'decodeReason.alg': '"alg" is {alg}',
  'decodeReason.algMissing': '"alg" is missing or not a string',
  'decodeReason.none': '{alg}: an Unsecured JWS with no signature (RFC 7519 §6)',
  'decodeReason.noneWithEnc': '{alg} (unsecured JWS) but "enc" is present, which only a JWE has',
  'decodeReason.jweAlg': '{alg}, a key-management algorithm, and "enc" is present (RFC 7516 §9)',
  'decodeReason.jweAlgNoEnc': '{alg}, a key-management algorithm (RFC 7516 §9), but "enc" is missing',
  'decodeReason.jwsAlg': '{alg}, a digital signature or MAC algorithm, and there is no "enc" (RFC 7516 §9)',
  'decodeReason.jwsAlgWithEnc': '{alg}, a signature algorithm, yet "enc" is present, which only a JWE has (RFC 7516 §9)',
  'decodeReason.unknownAlg': '{alg}, not a known JWS or JWE algorithm, and there is no "enc"',
  'decodeReason.unknownAlgWithEnc': '"enc" is present, which makes it a JWE (RFC 7516 §9); {alg}, not a known algorithm',
  'decodeReason.empty': 'There is no text to read',
  'decodeReason.noDot': 'There is no "." separating segments and the text is not a JSON object: this is not a compact or JSON JOSE serialization',
  'decodeReason.jsonUnreadable': "The text starts with \"'{'\" but is not valid JSON, so it is not a JWS or JWE JSON serialization",
  'decodeReason.jsonBoth': 'The JSON object has both "payload" (JWS) and "ciphertext" (JWE) (RFC 7516 §9)',
  'decodeReason.jsonNeither': 'The JSON object has neither "payload" (JWS) nor "ciphertext" (JWE) (RFC 7516 §9)',
  'decodeReason.jsonJws': 'A JSON object with "payload" is a JWS (RFC 7516 §9); {header}',
  'decodeReason.jsonJwsNoSignature': 'A JSON object with "payload" is a JWS (RFC 7516 §9), but it has no readable signature',
  'decodeReason.jsonJwe': 'A JSON object with "ciphertext" is a JWE (RFC 7516 §9); {header}',
  'decodeReason.segmentsNeither': '{n} segments separated by "." : neither a JWS (3) nor a JWE (5) (RFC 7516 §9)',
  'decodeReason.compact': '{n} segments (RFC 7516 §9: a JWS has 3, a JWE 5); {header}',
  'decodeReason.compactNoHeader': '{n} segments (RFC 7516 §9: a JWS has 3, a JWE 5); the header could not be read',
  'decodeReason.sdJwt': 'An SD-JWT (RFC 9901): an Issuer-signed JWT, {count, plural, one {{n} Disclosure} other {{n} Disclosures}} and {kb}{where}. {reason}',
  'decodeReason.sdJwtKb': 'a Key Binding JWT (an SD-JWT+KB)',
  'decodeReason.sdJwtNoKb': 'no Key Binding JWT',
  'decodeReason.sdJwtCompact': ', separated by "~"',
  'decodeReason.sdJwtJson': ' in the unprotected header of a JWS JSON serialization (RFC 9901 §8)',
} as const;
