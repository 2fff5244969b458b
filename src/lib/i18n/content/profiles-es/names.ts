/** The profiles' titles and the context inputs (features/decoder/profile/names.ts) in Spanish. */

export const PROFILE_TITLES_ES: Readonly<Record<string, string>> = {
  id_token: 'ID token (OpenID Connect)',
  'at+jwt': 'Token de acceso (RFC 9068)',
  'dpop+jwt': 'Prueba DPoP (RFC 9449)',
  'logout+jwt': 'Token de cierre de sesión (OpenID Connect Back-Channel Logout)',
  'secevent+jwt': 'Security Event Token (RFC 8417)',
  'client-assertion': 'Aserción de cliente (RFC 7523)',
  'kb+jwt': 'Key Binding JWT (SD-JWT, RFC 9901)',
  'dc+sd-jwt': 'SD-JWT VC',
  jwt: 'JWT sin un perfil concreto',
};

/** Label (the input's accessible name in Spanish, unique like the English) and placeholder, by context path. */
export const CONTEXT_FIELDS_ES: Readonly<Record<string, { label: string; placeholder: string }>> = {
  nonce: { label: 'Nonce esperado', placeholder: 'el nonce enviado en la petición' },
  accessToken: { label: 'Valor del que se calcula at_hash', placeholder: 'el access_token emitido con él' },
  code: { label: 'Código de autorización para c_hash', placeholder: 'el código emitido con él' },
  state: { label: 'State para s_hash', placeholder: 'el state enviado en la petición' },
  clientId: { label: 'Client ID', placeholder: 'tu client_id' },
  issuer: { label: 'Emisor esperado', placeholder: 'https://issuer.example' },
  audience: { label: 'Audiencia esperada', placeholder: 'para quién es el token' },
  'dpop.htm': { label: 'Método HTTP de DPoP (htm)', placeholder: 'POST' },
  'dpop.htu': { label: 'URL de la petición DPoP (htu)', placeholder: 'https://rs.example/resource' },
  'dpop.accessToken': { label: 'Valor del que se calcula ath', placeholder: 'el access token enviado con la prueba' },
  'dpop.nonce': { label: 'Nonce de DPoP', placeholder: 'el DPoP-Nonce que dio el servidor' },
  'dpop.jkt': { label: 'Huella ligada (jkt)', placeholder: 'el cnf.jkt del access token' },
};
