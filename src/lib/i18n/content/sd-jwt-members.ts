/**
 * The SD-JWT member explanations (the engine's SD_JWT_CLAIMS, KB_JWT_MEMBERS, SD_JWT_TYPES) in the
 * reader's language, with the engine's references. Spanish is fetched once by loadSdJwtMembers('es').
 */
import { KB_JWT_MEMBERS, SD_JWT_CLAIMS, SD_JWT_TYPES, type SdJwtMemberInfo } from '../../../jose/index.ts';
import { lazyContent, type ContentLocale } from './locale.ts';

const SPANISH = lazyContent(() => import('./sd-jwt-members.es.ts'));

export async function loadSdJwtMembers(locale: ContentLocale): Promise<void> {
  if (locale === 'es') await SPANISH.load();
}

export type SdJwtMemberTable = 'claims' | 'kb' | 'types';

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);

/**
 * One SD-JWT member explained, or undefined when the table does not name it.
 *
 * @example
 * await loadSdJwtMembers('es');
 * sdJwtMember('claims', '_sd', 'es')?.label; // 'Digests de Disclosures'
 */
export function sdJwtMember(table: SdJwtMemberTable, name: string, locale: ContentLocale): SdJwtMemberInfo | undefined {
  const english = own(table === 'claims' ? SD_JWT_CLAIMS : table === 'kb' ? KB_JWT_MEMBERS : SD_JWT_TYPES, name);
  if (!english) return undefined;
  const es = locale === 'es' ? SPANISH.get() : undefined;
  const words = es && own(table === 'claims' ? es.SD_JWT_CLAIMS_ES : table === 'kb' ? es.KB_JWT_MEMBERS_ES : es.SD_JWT_TYPES_ES, name);
  return words ? { ...english, ...words } : english;
}
