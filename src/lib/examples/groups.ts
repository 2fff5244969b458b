/** The examples' ids and groups: the one list both menus choose from (names: ./index.ts). */
/** The groups in menu order, each with its examples in order. */
export const EXAMPLE_GROUPS = [
  { group: 'seeds', ids: ['seed-hs256-password', 'seed-unsecured', 'seed-hs256-notsosecret', 'seed-rsa-oaep-jwe', 'seed-rsa-oaep'] },
  {
    group: 'rfc7520',
    ids: ['rfc7520-4.1', 'rfc7520-4.2', 'rfc7520-4.3', 'rfc7520-4.4', 'rfc7520-4.8', 'rfc7520-5.1', 'rfc7520-5.2', 'rfc7520-5.3', 'rfc7520-5.4', 'rfc7520-5.5', 'rfc7520-5.6', 'rfc7520-5.7', 'rfc7520-5.8', 'rfc7520-5.9', 'rfc7520-5.10'],
  },
  { group: 'rfc7516', ids: ['rfc7516-A.1', 'rfc7516-A.2', 'rfc7516-A.3', 'rfc7516-A.4', 'rfc7517-C', 'rfc7518-C'] },
  { group: 'rfc9964', ids: ['rfc9964-ml-dsa-44'] },
  { group: 'rfc9901', ids: ['rfc9901-5.1-issued', 'rfc9901-5.2-presentation', 'rfc9901-A.1-presentation', 'rfc9901-A.2-presentation', 'rfc9901-A.3-presentation', 'rfc9901-A.4-presentation'] },
] as const;

export type ExampleGroup = (typeof EXAMPLE_GROUPS)[number]['group'];
export type ExampleId = (typeof EXAMPLE_GROUPS)[number]['ids'][number];

export function isExampleId(id: string): id is ExampleId {
  return EXAMPLE_GROUPS.some((g) => (g.ids as readonly string[]).includes(id));
}
