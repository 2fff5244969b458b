/** Words for the profile screens: profile names, and the context inputs each profile asks for. */
import type { ProfileContext, ProfileName } from '../../../jose/index.ts';

export const PROFILE_TITLES: Readonly<Record<ProfileName, string>> = {
  id_token: 'ID token (OpenID Connect)',
  'at+jwt': 'Access token (RFC 9068)',
  'dpop+jwt': 'DPoP proof (RFC 9449)',
  'logout+jwt': 'Logout token (OpenID Connect Back-Channel Logout)',
  'secevent+jwt': 'Security event token (RFC 8417)',
  'client-assertion': 'Client assertion (RFC 7523)',
  'kb+jwt': 'Key Binding JWT (SD-JWT, RFC 9901)',
  'dc+sd-jwt': 'SD-JWT VC',
  jwt: 'JWT of no particular profile',
};

/** A context input: its ProfileContext path ("dpop.htu"), its accessible name, a hint. */
export interface ContextField {
  path: string;
  label: string;
  placeholder: string;
}

/** Every context input, by path; names are unique across the app (an ID token's nonce is not a DPoP nonce). */
export const CONTEXT_FIELDS: Readonly<Record<string, ContextField>> = {
  nonce: { path: 'nonce', label: 'Expected nonce', placeholder: 'the nonce sent in the request' },
  accessToken: { path: 'accessToken', label: 'Value hashed for at_hash', placeholder: 'the access_token issued with it' },
  code: { path: 'code', label: 'Authorization code for c_hash', placeholder: 'the code issued with it' },
  state: { path: 'state', label: 'State for s_hash', placeholder: 'the state sent in the request' },
  clientId: { path: 'clientId', label: 'Client ID', placeholder: 'your client_id' },
  issuer: { path: 'issuer', label: 'Expected issuer', placeholder: 'https://issuer.example' },
  audience: { path: 'audience', label: 'Expected audience', placeholder: 'who the token is for' },
  'dpop.htm': { path: 'dpop.htm', label: 'DPoP HTTP method (htm)', placeholder: 'POST' },
  'dpop.htu': { path: 'dpop.htu', label: 'DPoP request URL (htu)', placeholder: 'https://rs.example/resource' },
  'dpop.accessToken': { path: 'dpop.accessToken', label: 'Value hashed for ath', placeholder: 'the access token sent with the proof' },
  'dpop.nonce': { path: 'dpop.nonce', label: 'DPoP nonce', placeholder: 'the DPoP-Nonce the server gave' },
  'dpop.jkt': { path: 'dpop.jkt', label: 'Bound thumbprint (jkt)', placeholder: 'cnf.jkt of the access token' },
};

/** The inputs each profile shows from the start; others appear when a check asks for them (`needs`). */
export const PROFILE_FIELDS: Readonly<Record<ProfileName, readonly string[]>> = {
  id_token: ['nonce', 'accessToken', 'code', 'state'],
  'dpop+jwt': ['dpop.htm', 'dpop.htu', 'dpop.accessToken', 'dpop.nonce'],
  'at+jwt': [],
  'logout+jwt': [],
  'secevent+jwt': [],
  'client-assertion': [],
  'kb+jwt': ['nonce'],
  'dc+sd-jwt': [],
  jwt: [],
};

/** The context for checkProfile from the inputs' values (empty inputs are left out: "not known"). */
export function contextOf(values: Readonly<Record<string, string>>, profile: ProfileName | undefined): ProfileContext {
  const context: ProfileContext = profile ? { profile } : {};
  const dpop: NonNullable<ProfileContext['dpop']> = {};
  for (const [path, raw] of Object.entries(values)) {
    const value = raw.trim();
    if (value === '' || !(path in CONTEXT_FIELDS)) continue;
    if (path.startsWith('dpop.')) (dpop as Record<string, string>)[path.slice(5)] = value;
    else (context as Record<string, string>)[path] = value;
  }
  if (Object.keys(dpop).length) context.dpop = dpop;
  return context;
}
