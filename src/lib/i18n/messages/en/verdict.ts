/** The Result's status words and name (the reasons are in reasons.ts). */
export default {
  'verdict.status.verified': 'Signature verified',
  'verdict.status.invalid': 'Invalid signature',
  'verdict.status.decrypted': 'Decrypted',
  'verdict.status.decryptFailed': 'Decryption failed',
  'verdict.status.keyRequired': 'Key required',
  'verdict.status.malformed': 'Malformed token',
  'verdict.status.unsecured': 'Unsecured JWS',
  'verdict.label': 'Result',
} as const;
