/** Links to the specifications the profile checks cite. */
import { rfcRef } from '../lib/errors.ts';
import type { SpecRef } from './types.ts';

export const rfc = (n: number, section: string): SpecRef => rfcRef(n, section);

const OIDC_CORE = 'https://openid.net/specs/openid-connect-core-1_0.html';
/** OpenID Connect Core 1.0 sections by their named anchors (the spec's HTML has no numeric ones). */
const OIDC_ANCHORS: Record<string, string> = {
  '2': 'IDToken',
  '3.1.3.7': 'IDTokenValidation',
  '3.2.2.10': 'ImplicitIDToken',
  '3.3.2.11': 'HybridIDToken',
  '9': 'ClientAuthentication',
};
export const oidc = (section: string): SpecRef => ({ label: `OpenID Connect Core 1.0 §${section}`, url: `${OIDC_CORE}#${OIDC_ANCHORS[section] ?? ''}` });

const BACKCHANNEL = 'https://openid.net/specs/openid-connect-backchannel-1_0.html';
export const backchannel = (section: '2.4' | '2.6'): SpecRef => ({
  label: `OpenID Connect Back-Channel Logout 1.0 §${section}`,
  url: `${BACKCHANNEL}#${section === '2.4' ? 'LogoutToken' : 'Validation'}`,
});

export const FAPI_S_HASH: SpecRef = {
  label: 'FAPI 1.0 Advanced §5.1 (s_hash)',
  url: 'https://openid.net/specs/openid-financial-api-part-2-1_0.html',
};

/**
 * An Internet-Draft, named by the title of the section: draft section numbers move between
 * revisions, so the link goes to the latest text and the label carries the title.
 */
const draft = (name: string, title: string, section?: string): SpecRef => ({
  label: `${name}${section ? ` §${section}` : ''} (${title})`,
  url: `https://datatracker.ietf.org/doc/html/${name}${section ? `#section-${section}` : ''}`,
});
export const rfc7523bis = (title: string): SpecRef => draft('draft-ietf-oauth-rfc7523bis', title);
export const sdJwtVc = (title: string): SpecRef => draft('draft-ietf-oauth-sd-jwt-vc', title);
/** The revision of RFC 8725 in progress (its §3.13-3.15 are new). */
export const bcpBis = (section: string, title: string): SpecRef => draft('draft-ietf-oauth-rfc8725bis', title, section);
