import { rfcRef } from '../lib/errors.ts';

/**
 * Plain-words explanations of the members SD-JWT (RFC 9901), its Key Binding JWT and SD-JWT VC add,
 * in the shape of the decoder's claim table ({ label, meaning, ref }), so the UI can merge them.
 */
export interface SdJwtMemberInfo {
  label: string;
  meaning: string;
  ref: { label: string; url: string };
}

const VC = (section: string, anchor: string) => ({ label: `SD-JWT VC §${section}`, url: `https://datatracker.ietf.org/doc/html/draft-ietf-oauth-sd-jwt-vc#${anchor}` });

/**
 * Members of the Issuer-signed payload (and of Disclosure values).
 *
 * @example
 * SD_JWT_CLAIMS._sd.label; // 'Disclosure digests'
 */
export const SD_JWT_CLAIMS: Readonly<Record<string, SdJwtMemberInfo>> = {
  _sd: { label: 'Disclosure digests', meaning: 'Digests of the Disclosures of this object\'s selectively disclosable claims (and decoys); a claim appears only when its Disclosure is presented', ref: rfcRef(9901, '4.2.4.1') },
  _sd_alg: { label: 'Digest algorithm', meaning: 'The hash used for the digests and for sd_hash (sha-256 when absent)', ref: rfcRef(9901, '4.1.1') },
  '...': { label: 'Array element digest', meaning: 'Stands for a selectively disclosable array element; removed when no Disclosure matches', ref: rfcRef(9901, '4.2.4.2') },
  cnf: { label: 'Confirmation (holder key)', meaning: 'The holder\'s public key; a Key Binding JWT must be signed with it', ref: rfcRef(9901, '4.1.2') },
  vct: { label: 'Credential type', meaning: 'The type of this SD-JWT VC (a collision-resistant name); it sets which claims it holds. Required, never selectively disclosed', ref: VC('3.2.2.1', 'name-verifiable-digital-credential-t') },
  'vct#integrity': { label: 'Type Metadata integrity', meaning: 'A hash of the Type Metadata document that "vct" refers to', ref: VC('7', 'name-integrity-of-referenced-docum') },
  aka_vcts: { label: 'Other credential types', meaning: 'More types this credential also is (never containing "vct" itself)', ref: VC('3.2.2.2', 'name-other-credential-types-aka_') },
  status: { label: 'Status', meaning: 'Where to look up whether the credential is still valid (a Token Status List entry: "idx" in the list at "uri")', ref: VC('3.2.2.3', 'name-registered-jwt-claims') },
};

/**
 * Members of the Key Binding JWT (header and payload).
 *
 * @example
 * KB_JWT_MEMBERS.sd_hash.ref.label; // 'RFC 9901 §4.3.1'
 */
export const KB_JWT_MEMBERS: Readonly<Record<string, SdJwtMemberInfo>> = {
  typ: { label: 'Type', meaning: 'Must be "kb+jwt": marks this JWT as a Key Binding JWT', ref: rfcRef(9901, '4.3') },
  iat: { label: 'Issued At', meaning: 'When the holder made this presentation; the verifier accepts only recent ones', ref: rfcRef(9901, '4.3') },
  aud: { label: 'Audience', meaning: 'The one verifier this presentation is for', ref: rfcRef(9901, '4.3') },
  nonce: { label: 'Nonce', meaning: 'The verifier\'s fresh value for this transaction: stops replays', ref: rfcRef(9901, '4.3') },
  sd_hash: { label: 'SD-JWT hash', meaning: 'Hash of the presented SD-JWT (Issuer-signed JWT and the chosen Disclosures, up to the last "~"): binds the signature to exactly this presentation', ref: rfcRef(9901, '4.3.1') },
};

/**
 * "typ" values of the Issuer-signed JWT that name an SD-JWT profile.
 *
 * @example
 * SD_JWT_TYPES['dc+sd-jwt'].label; // 'SD-JWT VC'
 */
export const SD_JWT_TYPES: Readonly<Record<string, SdJwtMemberInfo>> = {
  'dc+sd-jwt': { label: 'SD-JWT VC', meaning: 'An SD-JWT-based Verifiable Digital Credential: needs "vct"', ref: VC('3.1', 'name-media-type') },
  'vc+sd-jwt': { label: 'SD-JWT VC (old drafts)', meaning: 'The media type SD-JWT VC drafts used before -06; current verifiers expect "dc+sd-jwt"', ref: VC('3.1', 'name-media-type') },
  'example+sd-jwt': { label: 'Example SD-JWT', meaning: 'The explicit type RFC 9901\'s examples use', ref: rfcRef(9901, '9.11') },
  'kb+jwt': { label: 'Key Binding JWT', meaning: 'The holder\'s signature over the presentation', ref: rfcRef(9901, '4.3') },
};
