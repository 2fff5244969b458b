/**
 * The SD-JWT steps (RFC 9901) explained in Spanish: the same step ids as sdJwtExplanations.ts.
 * "Disclosure" stays the RFC's word, like JWS or kid (src/lib/i18n/content/GLOSSARY.es.md).
 */
import type { StepValue } from './stepValue.ts';
import { valueEndingWith as value } from './explainTable.ts';

/** The sentences of a "disclosure-N" step, in Spanish. */
export function disclosureEs(values: readonly StepValue[]): string[] {
  const found = value(values, '.foundAt');
  const placed = value(values, '.pointer');
  return [
    'Una Disclosure es el base64url de un array JSON: [sal, nombre, valor] para un miembro de un objeto, [sal, valor] para un elemento de un array. La sal aleatoria impide adivinar el digest a partir del valor.',
    'El digest se calcula sobre el TEXTO base64url exactamente como aparece en la presentación (sus bytes ASCII), no sobre el JSON decodificado: volver a codificar el mismo array, aunque solo cambien los espacios, da otro digest.',
    `El verificador busca ese digest en un array "_sd" (miembros de objetos) o en un elemento {"...": digest} (elementos de arrays) de la carga útil firmada o de otra Disclosure${found ? `; esta se encontró en ${found}` : ''}${placed ? `, así que su claim va a ${placed}` : ''}. Un digest que no aparece en ningún sitio significa que la Disclosure no se emitió con este token.`,
  ];
}

export const SD_JWT_ES: Readonly<Record<string, (values: readonly StepValue[]) => string[]>> = {
  'sd-split': () => [
    'Un SD-JWT es el JWT firmado por el emisor seguido de cada Disclosure, cada una seguida de "~"; una presentación con vinculación de clave termina en el Key Binding JWT en lugar del último "~".',
    'El emisor solo firma el JWT: las Disclosures se comprueban por sus digests, que van en la carga útil firmada.',
  ],
  'sd-alg': () => [
    '"_sd_alg" en la carga útil firmada nombra el hash de todos los digests; si no está, es sha-256.',
    'Un verificador debe rechazar un hash que no admite en lugar de intentar adivinarlo.',
  ],
  'sd-claims': () => [
    'Cada claim revelado se coloca donde estaba su digest; se quitan todos los "_sd", el "_sd_alg" y los {"...": digest} sin pareja.',
    'Los digests que sobran son claims que el titular decidió no revelar o señuelos que añadió el emisor: el verificador no puede distinguir unos de otros.',
  ],
  'kb-sd-hash': () => [
    'El Key Binding JWT demuestra que el titular envió exactamente esta presentación: su "sd_hash" es el hash de todo lo anterior, el JWT firmado por el emisor y las Disclosures elegidas, cada una con su "~".',
    'Añadir, quitar o reordenar una Disclosure cambia ese texto, y el sd_hash calculado deja de coincidir con el que firmó el titular.',
  ],
  'kb-checks': () => [
    'El KB-JWT debe estar firmado con la clave del claim "cnf" firmado por el emisor, con "typ" "kb+jwt", un "iat" reciente y el "aud" y el "nonce" que espera el verificador (esta pantalla no tiene valores esperados, así que los muestra).',
  ],
  'sd-verdict': () => ['El SD-JWT solo se acepta cuando la firma del emisor, el digest de cada Disclosure y, si lo hay, el Key Binding JWT son correctos.'],
};
