import type { EncodeInput } from './encode.ts';

/** An HS256 compact JWS with a 38-byte secret, changed by `patch`: what the encoder tests start from. */
export const encodeInput = (patch: Partial<EncodeInput>): EncodeInput => ({
  headerText: '{"alg": "HS256"}',
  claimsText: '{"sub": "a", "exp": 2000000000}',
  payloadType: 'json',
  minify: true,
  key: { text: 'a secret of at least thirty-two bytes!', encoding: 'utf8' },
  serialization: 'compact',
  extra: [],
  ...patch,
});
