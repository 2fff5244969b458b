/**
 * The engine's trace words in Spanish: step titles grouped by the stable step id, value labels by the
 * value's stable name, and the few fixed result and failure words a trace carries. The engine writes
 * its titles in English with the values that matter inside ("HMAC-SHA-256 of the signing input",
 * "Generate a random 256-bit CEK"); each rule takes those values out of the English title and puts
 * them in the Spanish one, so the Spanish is as exact as the English. stepText.es.test.ts runs real
 * traces of every algorithm and fails on any title or label without a Spanish rule.
 */
type Rule = readonly [pattern: RegExp, spanish: (...groups: string[]) => string];

const exact = (english: string, spanish: string): Rule => [new RegExp(`^${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), () => spanish];

/** Titles by step id ("kb-header" reads as "header", "disclosure-3" as "disclosure"). */
const TITLES: Readonly<Record<string, readonly Rule[]>> = {
  split: [exact('Split the token at the two "."', 'Separar el token por los dos "."'), exact('Read the JWS JSON serialization', 'Leer la serialización JSON del JWS')],
  header: [
    exact('Decode the JWS Protected Header', 'Decodificar el encabezado protegido del JWS'),
    exact('Encode the JWS Protected Header: BASE64URL(UTF8(header))', 'Codificar el encabezado protegido del JWS: BASE64URL(UTF8(encabezado))'),
    exact('JWE Protected Header', 'Encabezado protegido del JWE'),
    exact('JWE Protected Header and the other parts', 'El encabezado protegido del JWE y las demás partes'),
  ],
  payload: [
    exact('Encode the payload: BASE64URL(payload)', 'Codificar la carga útil: BASE64URL(carga útil)'),
    exact('Unencoded payload (RFC 7797): used as is', 'Carga útil sin codificar (RFC 7797): se usa tal cual'),
    exact('The payload, unencoded (RFC 7797)', 'La carga útil, sin codificar (RFC 7797)'),
    exact('Decode the payload', 'Decodificar la carga útil'),
  ],
  'signing-input': [exact('Signing input: ASCII(BASE64URL(header) || "." || payload part)', 'Entrada de firma: ASCII(BASE64URL(encabezado) || "." || parte de la carga útil)')],
  digest: [
    [/^DigestInfo: the DER prefix for (\S+) followed by the hash of the signing input$/, (h) => `DigestInfo: el prefijo DER de ${h} seguido del hash de la entrada de firma`],
    [/^EMSA-PSS with (\S+), MGF1-(\S+) and a (\d+)-byte random salt$/, (h, m, n) => `EMSA-PSS con ${h}, MGF1-${m} y una sal aleatoria de ${n} bytes`],
    [/^(\S+) signs the signing input itself \(PureEdDSA: no separate hash step; (\S+) is inside the algorithm\)$/, (c, h) => `${c} firma la propia entrada de firma (PureEdDSA: no hay un paso de hash aparte; ${h} va dentro del algoritmo)`],
    [
      /^(\S+) signs the signing input itself: pure ML-DSA \(FIPS 204 Algorithm 2\) with an empty context, so no hash step comes first \(SHAKE256 is inside the algorithm\)$/,
      (a) => `${a} firma la propia entrada de firma: ML-DSA puro (FIPS 204, algoritmo 2) con el contexto vacío, así que no hay un paso de hash previo (SHAKE256 va dentro del algoritmo)`,
    ],
    [/^(\S+) of the signing input, then ECDSA on (\S+)$/, (h, c) => `${h} de la entrada de firma y después ECDSA sobre ${c}`],
    [/^HMAC-(\S+) of the signing input with the key$/, (h) => `HMAC-${h} de la entrada de firma con la clave`],
    [/^HMAC-(\S+) of the signing input$/, (h) => `HMAC-${h} de la entrada de firma`],
  ],
  signature: [
    exact('No signature: alg "none"', 'Sin firma: alg "none"'),
    [/^The (\S+) signature, base64url-encoded$/, (a) => `La firma ${a}, codificada en base64url`],
    [/^ECDSA verification of \(r, s\) with the public key on (\S+)$/, (c) => `Verificación ECDSA de (r, s) con la clave pública sobre ${c}`],
    [/^(.+) verification of the signature with the public key$/, (f) => `Verificación ${f} de la firma con la clave pública`],
    [/^(\S+) verification with the public key$/, (a) => `Verificación ${a} con la clave pública`],
    exact('Compare the computed MAC with the received one (constant time)', 'Comparar el MAC calculado con el recibido (en tiempo constante)'),
  ],
  verdict: [exact('Verdict', 'Veredicto')],
  cek: [exact('Content Encryption Key', 'Clave de cifrado del contenido (CEK)'), [/^Generate a random (\d+)-bit CEK$/, (n) => `Generar una CEK aleatoria de ${n} bits`]],
  iv: [[/^Generate a random (\d+)-bit IV$/, (n) => `Generar un IV aleatorio de ${n} bits`]],
  aad: [
    exact('Additional authenticated data', 'Datos autenticados adicionales (AAD)'),
    exact('Additional authenticated data: ASCII(BASE64URL(protected header))', 'Datos autenticados adicionales: ASCII(BASE64URL(encabezado protegido))'),
    exact('Additional authenticated data: ASCII(BASE64URL(protected header) || "." || BASE64URL(JWE AAD))', 'Datos autenticados adicionales: ASCII(BASE64URL(encabezado protegido) || "." || BASE64URL(AAD del JWE))'),
  ],
  plaintext: [exact('Plaintext', 'Texto en claro')],
  deflate: [exact('Compress the plaintext with raw DEFLATE (zip "DEF")', 'Comprimir el texto en claro con DEFLATE sin envoltorio (zip "DEF")')],
  inflate: [exact('Decompress with raw DEFLATE (zip "DEF")', 'Descomprimir con DEFLATE sin envoltorio (zip "DEF")')],
  'content-encryption': [
    [/^Encrypt with AES-GCM \((\d+)-bit key, 128-bit tag\)$/, (n) => `Cifrar con AES-GCM (clave de ${n} bits, etiqueta de 128 bits)`],
    [/^Encrypt with AES-CBC \(PKCS #7 padding\) and MAC with HMAC-(\S+)$/, (h) => `Cifrar con AES-CBC (relleno PKCS #7) y calcular el MAC con HMAC-${h}`],
  ],
  'content-decryption': [
    exact('Decrypt with AES-CBC and remove the PKCS #7 padding', 'Descifrar con AES-CBC y quitar el relleno PKCS #7'),
    exact('Decrypt with AES-CBC', 'Descifrar con AES-CBC'),
    exact('Decrypt with AES-GCM and check the 128-bit tag', 'Descifrar con AES-GCM y comprobar la etiqueta de 128 bits'),
  ],
  'cek-split': [[/^Split the CEK for (\S+): MAC key, then encryption key$/, (e) => `Dividir la CEK para ${e}: primero la clave del MAC, después la de cifrado`]],
  'tag-check': [exact('Compute the tag and compare it, in constant time, with the received one', 'Calcular la etiqueta y compararla, en tiempo constante, con la recibida')],
  kdf: [[/^Concat KDF \(SHA-256\) to a (\d+)-bit key$/, (n) => `Concat KDF (SHA-256) hasta una clave de ${n} bits`]],
  'key-agreement': [exact('Ephemeral-static key agreement: the shared secret Z', 'Acuerdo de clave efímero-estático: el secreto compartido Z')],
  pbkdf2: [[/^PBKDF2 with HMAC-(\S+) to a (\d+)-bit key-wrapping key$/, (h, n) => `PBKDF2 con HMAC-${h} hasta una clave de envoltura de ${n} bits`]],
  'key-wrap': [
    exact('Direct encryption: the shared key is the CEK', 'Cifrado directo: la clave compartida es la CEK'),
    [/^Encrypt the CEK with AES-GCM under the (\d+)-bit key$/, (n) => `Cifrar la CEK con AES-GCM bajo la clave de ${n} bits`],
    [/^Decrypt the CEK with AES-GCM under the (\d+)-bit key$/, (n) => `Descifrar la CEK con AES-GCM bajo la clave de ${n} bits`],
    exact('Wrap the CEK with AES Key Wrap under the derived key', 'Envolver la CEK con AES Key Wrap bajo la clave derivada'),
    exact('Unwrap the CEK with AES Key Wrap under the derived key', 'Desenvolver la CEK con AES Key Wrap bajo la clave derivada'),
    [/^Wrap the CEK with AES Key Wrap \((\S+)\)$/, (a) => `Envolver la CEK con AES Key Wrap (${a})`],
    [/^Unwrap the CEK with AES Key Wrap \((\S+)\)$/, (a) => `Desenvolver la CEK con AES Key Wrap (${a})`],
    [/^Encrypt the CEK with RSAES-OAEP \((\S+), MGF1-(\S+)\)$/, (h, m) => `Cifrar la CEK con RSAES-OAEP (${h}, MGF1-${m})`],
    [/^Decrypt the JWE Encrypted Key with RSAES-OAEP \((\S+), MGF1-(\S+)\)$/, (h, m) => `Descifrar la clave cifrada del JWE con RSAES-OAEP (${h}, MGF1-${m})`],
    exact('Encrypt the CEK with RSAES-PKCS1-v1_5 (deprecated)', 'Cifrar la CEK con RSAES-PKCS1-v1_5 (obsoleto)'),
    exact('Decrypt the JWE Encrypted Key with RSAES-PKCS1-v1_5 (deprecated)', 'Descifrar la clave cifrada del JWE con RSAES-PKCS1-v1_5 (obsoleto)'),
  ],
  'sd-split': [exact('Split the SD-JWT at each "~"', 'Separar el SD-JWT por cada "~"'), exact('Read the JWS JSON serialization and its "disclosures"', 'Leer la serialización JSON del JWS y sus "disclosures"')],
  'sd-alg': [exact('The digest algorithm: "_sd_alg" (sha-256 when absent)', 'El algoritmo de los digests: "_sd_alg" (sha-256 si no está)')],
  'sd-claims': [exact('The Processed SD-JWT Payload: Disclosures in place, digests and "_sd_alg" removed', 'La carga útil procesada del SD-JWT: cada Disclosure en su sitio, sin digests ni "_sd_alg"')],
  disclosure: [[/^Disclosure (\d+): (\S+) over its base64url text, then find the digest$/, (i, h) => `Disclosure ${i}: ${h} sobre su texto base64url y búsqueda del digest`]],
  'sd-hash': [[/^sd_hash: (\S+) over the presentation up to the last "~", base64url$/, (h) => `sd_hash: ${h} sobre la presentación hasta el último "~", en base64url`]],
  checks: [exact('Key Binding JWT checks', 'Comprobaciones del Key Binding JWT')],
  'sd-verdict': [exact('Verdict', 'Veredicto')],
};

/** Titles a failure may give any step (traceFailure's fallbacks, a JSON JWE recipient that failed). */
const ANY_STEP: readonly Rule[] = [
  exact('Verdict', 'Veredicto'),
  exact('Signing failed', 'La firma no se pudo hacer'),
  exact('Decryption failed', 'El descifrado falló'),
  exact('Read the key', 'Leer la clave'),
  [/^Recipient (\d+) \(kid (.*)\)$/, (n, kid) => `Destinatario ${n} (kid ${kid})`],
  [/^Recipient (\d+)$/, (n) => `Destinatario ${n}`],
];

const apply = (rules: readonly Rule[], english: string): string | undefined => {
  for (const [pattern, spanish] of rules) {
    const m = pattern.exec(english);
    if (m) return spanish(...m.slice(1).map((g) => g ?? ''));
  }
  return undefined;
};

/** The table key of a step id: "kb-header" → "header" (the KB-JWT is a JWS), "disclosure-2" → "disclosure". */
function titleKey(id: string): string {
  if (/^disclosure-\d+$/.test(id)) return 'disclosure';
  return id.startsWith('kb-') && !TITLES[id] ? id.slice(3) : id;
}

const KB_PREFIX = 'Key Binding JWT: ';

/** A step's title in Spanish, or undefined when no rule knows this English title. */
export function stepTitleEs(id: string, english: string): string | undefined {
  // The KB-JWT's own JWS steps: the Issuer's titles behind "Key Binding JWT: ".
  if (id.startsWith('kb-') && english.startsWith(KB_PREFIX)) {
    const inner = stepTitleEs(id.slice(3), english.slice(KB_PREFIX.length));
    return inner === undefined ? undefined : KB_PREFIX + inner;
  }
  return apply(TITLES[titleKey(id)] ?? [], english) ?? apply(ANY_STEP, english);
}

/** Value labels by their exact English text (the same name can carry several labels). */
const LABELS: Readonly<Record<string, string>> = {
  AAD: 'AAD',
  'AL: AAD length in bits, 64-bit big-endian': 'AL: longitud de los AAD en bits, 64 bits big-endian',
  'Agreement PartyUInfo "apu"': 'PartyUInfo del acuerdo "apu"',
  'Agreement PartyVInfo "apv"': 'PartyVInfo del acuerdo "apv"',
  CEK: 'CEK',
  'CEK (the shared key)': 'CEK (la clave compartida)',
  'Content Encryption Key (CEK)': 'Clave de cifrado del contenido (CEK)',
  'Decrypted CEK': 'CEK descifrada',
  'Recovered CEK': 'CEK recuperada',
  'Unwrapped CEK': 'CEK desenvuelta',
  'Recovered CEK (padding and length checks passed)': 'CEK recuperada (las comprobaciones de relleno y longitud pasaron)',
  'Random CEK (the padding or length check failed; RFC 7516 §11.5)': 'CEK aleatoria (falló la comprobación de relleno o de longitud; RFC 7516 §11.5)',
  'CEK (the recovered one, or a random one if the padding check failed: by design the two look the same, RFC 7516 §11.5)':
    'CEK (la recuperada, o una aleatoria si falló la comprobación del relleno: a propósito no se distinguen, RFC 7516 §11.5)',
  "M' = 0x00 || len(ctx) = 0x00 || message": "M' = 0x00 || len(ctx) = 0x00 || mensaje",
  'Ciphertext E': 'Texto cifrado E',
  Ciphertext: 'Texto cifrado',
  'Compressed plaintext': 'Texto en claro comprimido',
  'The same (r, s) in DER, as OpenSSL and Java write it; NOT what JOSE uses': 'El mismo (r, s) en DER, como lo escriben OpenSSL y Java; NO es lo que usa JOSE',
  'DigestInfo (DER)': 'DigestInfo (DER)',
  'DigestInfo computed from the signing input': 'DigestInfo calculado a partir de la entrada de firma',
  'DigestInfo inside the signature (the one that did not match)': 'DigestInfo dentro de la firma (el que no coincidió)',
  'EM = signature^e mod n: what the signature opens to with this public key': 'EM = firma^e mod n: lo que se obtiene al abrir la firma con esta clave pública',
  'ENC_KEY (second half of the CEK)': 'ENC_KEY (segunda mitad de la CEK)',
  'MAC_KEY (first half of the CEK)': 'MAC_KEY (primera mitad de la CEK)',
  'JWE Encrypted Key': 'Clave cifrada del JWE',
  'Initialization Vector': 'Vector de inicialización',
  'Derived key': 'Clave derivada',
  OtherInfo: 'OtherInfo',
  'AlgorithmID field: length || UTF8(id)': 'Campo AlgorithmID: longitud || UTF8(id)',
  'PartyUInfo field: length || apu': 'Campo PartyUInfo: longitud || apu',
  'PartyVInfo field: length || apv': 'Campo PartyVInfo: longitud || apv',
  'SuppPubInfo: keydatalen in bits': 'SuppPubInfo: keydatalen en bits',
  'Derived key-wrapping key': 'Clave de envoltura derivada',
  'Key-encryption key': 'Clave de cifrado de clave',
  'Key-wrapping key (Concat KDF output)': 'Clave de envoltura (salida del Concat KDF)',
  'Key-wrapping key': 'Clave de envoltura',
  'Key-encryption IV ("iv" header parameter)': 'IV del cifrado de la clave (parámetro "iv" del encabezado)',
  'Key-encryption IV ("iv")': 'IV del cifrado de la clave ("iv")',
  'Key-encryption tag ("tag" header parameter)': 'Etiqueta del cifrado de la clave (parámetro "tag" del encabezado)',
  'Key-encryption tag ("tag")': 'Etiqueta del cifrado de la clave ("tag")',
  HMAC: 'HMAC',
  'M = HMAC(MAC_KEY, A || IV || E || AL)': 'M = HMAC(MAC_KEY, A || IV || E || AL)',
  'HMAC input: A || IV || E || AL': 'Entrada del HMAC: A || IV || E || AL',
  'Computed MAC': 'MAC calculado',
  'Received MAC': 'MAC recibido',
  'Message signed (the signing input)': 'Mensaje firmado (la entrada de firma)',
  'Salt input "p2s"': 'Sal "p2s"',
  Payload: 'Carga útil',
  'Inflated plaintext': 'Texto en claro descomprimido',
  Plaintext: 'Texto en claro',
  'r (first half of the signature)': 'r (primera mitad de la firma)',
  's (second half of the signature)': 's (segunda mitad de la firma)',
  'Salt = UTF8(alg) || 0x00 || p2s': 'Sal = UTF8(alg) || 0x00 || p2s',
  'Signature (R||S)': 'Firma (R||S)',
  Signature: 'Firma',
  'Signing input': 'Entrada de firma',
  'Authentication tag': 'Etiqueta de autenticación',
  'Authentication Tag': 'Etiqueta de autenticación',
  'Computed tag': 'Etiqueta calculada',
  'Received tag': 'Etiqueta recibida',
  'Shared secret Z': 'Secreto compartido Z',
  Claims: 'Claims',
  'Issuer-signed JWT': 'JWT firmado por el emisor',
  'sd_hash in the KB-JWT': 'sd_hash del KB-JWT',
  Hash: 'Hash',
  'Hash input (ASCII)': 'Entrada del hash (ASCII)',
  'Hashed text': 'Texto del que se calcula el hash',
  'Computed sd_hash': 'sd_hash calculado',
  'Key Binding JWT': 'Key Binding JWT',
  'The key tried (it did not unwrap the CEK)': 'La clave probada (no desenvolvió la CEK)',
  _sd_alg: '_sd_alg',
  Result: 'Resultado',
  'Disclosure (base64url)': 'Disclosure (base64url)',
  'Digest (base64url)': 'Digest (base64url)',
  'Found at': 'Encontrado en',
  'Hash input (ASCII of the base64url text)': 'Entrada del hash (el ASCII del texto base64url)',
  Decoded: 'Decodificado',
  'Claim placed at': 'Claim colocado en',
  Algorithm: 'Algoritmo',
  // The Key Binding JWT checks are labelled by the member checked: JOSE names stay, two words change.
  key: 'clave',
  signature: 'firma',
  alg: 'alg',
  typ: 'typ',
  iat: 'iat',
  aud: 'aud',
  nonce: 'nonce',
  sd_hash: 'sd_hash',
  Implementation: 'Implementación',
  'Context string (ctx)': 'Cadena de contexto (ctx)',
  Curve: 'Curva',
  'Ephemeral public key "epk"': 'Clave pública efímera "epk"',
  'Ephemeral key pair (the sender\'s, with "d")': 'Par de claves efímero (del emisor, con "d")',
  'Encoded header': 'Encabezado codificado',
  'Protected header': 'Encabezado protegido',
  'Header (JSON)': 'Encabezado (JSON)',
  'Protected header (JSON)': 'Encabezado protegido (JSON)',
  'AlgorithmID (the "enc" for ECDH-ES, else the "alg")': 'AlgorithmID (el "enc" con ECDH-ES; si no, el "alg")',
  Key: 'Clave',
  'Iteration count "p2c"': 'Número de iteraciones "p2c"',
  'Parameter set': 'Conjunto de parámetros',
  'In the token': 'En el token',
  'JWE Protected Header (UTF-8 JSON)': 'Encabezado protegido del JWE (JSON UTF-8)',
  'JWE Protected Header (UTF-8 JSON, as sent)': 'Encabezado protegido del JWE (JSON UTF-8, tal como se envió)',
  'BASE64URL(UTF8(JWE Protected Header))': 'BASE64URL(UTF8(encabezado protegido del JWE))',
  'Salt length (bytes)': 'Longitud de la sal (bytes)',
  'Encoded signature': 'Firma codificada',
  'Signature size': 'Tamaño de la firma',
  'JWE Shared Unprotected Header': 'Encabezado compartido no protegido del JWE',
};

const LABEL_RULES: readonly Rule[] = [
  [/^(\S+) of the signing input$/, (h) => `${h} de la entrada de firma`],
  [/^T: the first (\d+) octets of M$/, (n) => `T: los primeros ${n} octetos de M`],
  [/^Computed tag T \(first (\d+) octets of M\)$/, (n) => `Etiqueta calculada T (los primeros ${n} octetos de M)`],
  [/^Disclosure (\d+)$/, (i) => `Disclosure ${i}`],
];

/** A value's label in Spanish, or undefined when no rule knows this English label. */
export function valueLabelEs(english: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(LABELS, english) ? LABELS[english] : apply(LABEL_RULES, english);
}

/** The fixed words a trace writes as a value or a failure (the verdict, a padding failure); anything else stays as the engine wrote it. */
const FIXED_TEXTS: Readonly<Record<string, string>> = {
  'Signature verified': 'Firma verificada',
  Invalid: 'No válido',
  'SD-JWT verified': 'SD-JWT verificado',
  'SD-JWT+KB verified': 'SD-JWT+KB verificado',
  'The PKCS #7 padding is invalid': 'El relleno PKCS #7 no es válido',
};

export function fixedTextEs(english: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(FIXED_TEXTS, english) ? FIXED_TEXTS[english] : undefined;
}
