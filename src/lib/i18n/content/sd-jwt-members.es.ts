/**
 * Spanish for the engine's SD-JWT member explanations (src/jose/sd-jwt/claims-info.ts): the same
 * keys as SD_JWT_CLAIMS, KB_JWT_MEMBERS and SD_JWT_TYPES (sd-jwt-members.test.ts checks both ways);
 * the references stay the engine's.
 */
type Words = Readonly<Record<string, { label: string; meaning: string }>>;

export const SD_JWT_CLAIMS_ES: Words = {
  _sd: { label: 'Digests de Disclosures', meaning: 'Los digests de las Disclosures de los claims de este objeto que se pueden revelar de forma selectiva (y de los señuelos); un claim solo aparece cuando se presenta su Disclosure' },
  _sd_alg: { label: 'Algoritmo de los digests', meaning: 'El hash que se usa para los digests y para sd_hash (sha-256 si no está)' },
  '...': { label: 'Digest de elemento de array', meaning: 'Ocupa el lugar de un elemento de array que se puede revelar de forma selectiva; se quita si ninguna Disclosure coincide' },
  cnf: { label: 'Confirmación (clave del titular)', meaning: 'La clave pública del titular; el Key Binding JWT debe estar firmado con ella' },
  vct: { label: 'Tipo de credencial', meaning: 'El tipo de este SD-JWT VC (un nombre resistente a colisiones); determina qué claims contiene. Obligatorio y nunca se revela de forma selectiva' },
  'vct#integrity': { label: 'Integridad de los metadatos del tipo', meaning: 'Un hash del documento de metadatos del tipo al que remite "vct"' },
  aka_vcts: { label: 'Otros tipos de credencial', meaning: 'Otros tipos que también es esta credencial (nunca incluye el propio "vct")' },
  status: { label: 'Estado', meaning: 'Dónde consultar si la credencial sigue siendo válida (una entrada de una Token Status List: "idx" en la lista de "uri")' },
};

export const KB_JWT_MEMBERS_ES: Words = {
  typ: { label: 'Tipo', meaning: 'Debe ser "kb+jwt": identifica este JWT como un Key Binding JWT' },
  iat: { label: 'Emitido el', meaning: 'Cuándo hizo el titular esta presentación; el verificador solo acepta las recientes' },
  aud: { label: 'Audiencia', meaning: 'El único verificador al que va dirigida esta presentación' },
  nonce: { label: 'Nonce', meaning: 'El valor nuevo que da el verificador para esta transacción: impide reutilizar la presentación' },
  sd_hash: { label: 'Hash del SD-JWT', meaning: 'El hash del SD-JWT presentado (el JWT firmado por el emisor y las Disclosures elegidas, hasta el último "~"): ata la firma exactamente a esta presentación' },
};

export const SD_JWT_TYPES_ES: Words = {
  'dc+sd-jwt': { label: 'SD-JWT VC', meaning: 'Una credencial digital verificable basada en SD-JWT: necesita "vct"' },
  'vc+sd-jwt': { label: 'SD-JWT VC (borradores antiguos)', meaning: 'El tipo de medio que usaban los borradores de SD-JWT VC anteriores al -06; los verificadores actuales esperan "dc+sd-jwt"' },
  'example+sd-jwt': { label: 'SD-JWT de ejemplo', meaning: 'El tipo explícito que usan los ejemplos del RFC 9901' },
  'kb+jwt': { label: 'Key Binding JWT', meaning: 'La firma del titular sobre la presentación' },
};
