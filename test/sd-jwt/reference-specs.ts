/**
 * The SD-JWT reference implementation's example specifications (test/vectors/sd-jwt/reference), read
 * with the `yaml` library and turned into test cases: the claims to issue, the pointers to make
 * selectively disclosable, the pointers the holder reveals and the claims a verifier must then see.
 *
 * The expected claims come from a model written here, from the YAML alone — never from the engine
 * under test. `yaml` (a devDependency) is used because the specifications are YAML 1.2 with a custom
 * `!sd` tag on keys, sequence items, maps and scalars, and it exposes the tag and the scalar's source on
 * every node; a hand-written YAML reader would be a second, untested parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, parse, type Node, type Tags } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The claims with their `!sd` marks: a member or an element is selectively disclosable when `sd`. */
export type SpecNode =
  | { kind: 'scalar'; value: Json }
  | { kind: 'object'; members: { key: string; sd: boolean; node: SpecNode }[] }
  | { kind: 'array'; items: { sd: boolean; node: SpecNode }[] };

/** How a holder reads `holder_disclosed_claims`. */
export type HolderRule = 'reference' | 'named';

export interface ReferenceCase {
  name: string;
  rule: HolderRule;
  claims: { [k: string]: Json };
  /** Every `!sd` position, as a pointer into the claims. */
  disclose: string[];
  /** The positions the holder reveals. */
  reveal: string[];
  /** What a verifier must see: the claims without the unrevealed positions (and with cnf when key-bound). */
  expected: { [k: string]: Json };
  keyBinding: boolean;
  serialization: 'compact' | 'json-flattened' | 'json-general';
  decoys: boolean;
  header: { [k: string]: Json };
  issuerKeys: { [k: string]: Json }[];
  holderKey: { [k: string]: Json };
  nonce: string;
  aud: string;
}

const ROOT = new URL('../vectors/sd-jwt/reference/examples/', import.meta.url);

// `!sd` on maps, sequences and scalars: kept as nodes, so the walk below sees the tag and the source.
const SD_TAGS: Tags = [
  { tag: '!sd', collection: 'map', nodeClass: YAMLMap, resolve: (m) => m },
  { tag: '!sd', collection: 'seq', nodeClass: YAMLSeq, resolve: (s) => s },
  { tag: '!sd', resolve: (s: string) => s },
];

function toSpec(node: Node | null | undefined): SpecNode {
  if (isMap(node)) {
    return {
      kind: 'object',
      members: node.items.map((pair) => {
        const key = pair.key as Scalar;
        if ((pair.value as Node | null)?.tag === '!sd' && !isSeq(pair.value) && !isMap(pair.value)) throw new Error('!sd on a member value is not used by the specifications');
        return { key: String(key.value), sd: key.tag === '!sd', node: toSpec(pair.value as Node) };
      }),
    };
  }
  if (isSeq(node)) return { kind: 'array', items: node.items.map((item) => ({ sd: (item as Node).tag === '!sd', node: toSpec(item as Node) })) };
  if (isScalar(node)) {
    // A tagged plain scalar was kept as text: resolve it as YAML would have (null, 42, 3.14, True), as the
    // reference implementation does; quoted scalars stay strings.
    if (node.tag === '!sd' && node.type === Scalar.PLAIN) return { kind: 'scalar', value: parse(String(node.source ?? node.value)) as Json };
    return { kind: 'scalar', value: node.value as Json };
  }
  if (node === null || node === undefined) return { kind: 'scalar', value: null };
  throw new Error(`unexpected YAML node ${String(node)}`);
}

const esc = (t: string | number) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`;

function plain(node: SpecNode): Json {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'array') return node.items.map((i) => plain(i.node));
  return Object.fromEntries(node.members.map((m) => [m.key, plain(m.node)]));
}

function sdPointers(node: SpecNode, at: string, out: string[]): string[] {
  if (node.kind === 'object') node.members.forEach((m) => (m.sd && out.push(at + esc(m.key)), sdPointers(m.node, at + esc(m.key), out)));
  if (node.kind === 'array') node.items.forEach((i, j) => (i.sd && out.push(at + esc(j)), sdPointers(i.node, at + esc(j), out)));
  return out;
}

const truthy = (v: unknown) => !(v === null || v === undefined || v === false || v === 0 || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0));

/**
 * The positions a holder reveals. 'reference': SDJWTHolder._select_disclosures of sd-jwt-python at
 * cde6139 — an object member when its value in the frame is truthy in Python, an array element unless
 * its frame entry is False/None/0, nested choices only below revealed or plain positions.
 * 'named': the rule the null / {} specifications were written for — a member named in the frame with
 * any value but false is revealed.
 */
function revealed(node: SpecNode, frame: unknown, at: string, rule: HolderRule, out: string[]): string[] {
  if (frame === null || frame === undefined || frame === false) return out;
  if (node.kind === 'object') {
    const f = frame === true ? {} : (frame as Record<string, unknown>);
    for (const m of node.members) {
      const has = Object.prototype.hasOwnProperty.call(f, m.key);
      const v = has ? f[m.key] : undefined;
      if (m.sd) {
        const reveal = rule === 'reference' ? has && truthy(v) : has && v !== false;
        if (!reveal) continue;
        out.push(at + esc(m.key));
      }
      revealed(m.node, v, at + esc(m.key), rule, out);
    }
  } else if (node.kind === 'array') {
    const f = frame === true ? [] : (frame as unknown[]);
    node.items.forEach((item, j) => {
      const v = f[j];
      if (item.sd) {
        if (v === false || v === null || v === undefined || v === 0) return;
        out.push(at + esc(j));
      }
      revealed(item.node, v, at + esc(j), rule, out);
    });
  }
  return out;
}

/** The claims a verifier sees: unrevealed selectively disclosable members removed, unrevealed elements dropped. */
function visible(node: SpecNode, at: string, shown: Set<string>): Json {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'array') return node.items.flatMap((i, j) => (i.sd && !shown.has(at + esc(j)) ? [] : [visible(i.node, at + esc(j), shown)]));
  return Object.fromEntries(node.members.filter((m) => !m.sd || shown.has(at + esc(m.key))).map((m) => [m.key, visible(m.node, at + esc(m.key), shown)]));
}

function readYaml(path: string) {
  const doc = parseDocument(readFileSync(new URL(path, ROOT), 'utf8'), { customTags: SD_TAGS });
  if (doc.errors.length || doc.warnings.length) throw new Error(`${path}: ${[...doc.errors, ...doc.warnings].map((e) => e.message).join('; ')}`);
  return doc;
}

export function referenceCases(rule: HolderRule): ReferenceCase[] {
  const settings = readYaml('settings.yml').toJS() as Record<string, Record<string, unknown> & { issuer_keys?: unknown }>;
  const names = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return names.map((name) => {
    const doc = readYaml(`${name}/specification.yml`);
    const js = doc.toJS() as Record<string, unknown>;
    const s = { ...settings, ...((js.settings_override as object) ?? {}) } as typeof settings & { iat: number; exp: number; key_binding_nonce: string; identifiers: { issuer: string; verifier: string }; key_settings: { issuer_keys: { [k: string]: Json }[]; holder_key: { [k: string]: Json } } };
    const spec = toSpec(doc.get('user_claims', true) as Node);
    // generate.py's default claims, then the specification's.
    const own = spec.kind === 'object' ? spec.members : [];
    const defaults = ([['iss', s.identifiers.issuer], ['iat', s.iat], ['exp', s.exp]] as const).filter(([k]) => !own.some((m) => m.key === k));
    const root: SpecNode = { kind: 'object', members: [...defaults.map(([key, value]) => ({ key, sd: false, node: { kind: 'scalar' as const, value } })), ...own] };
    const reveal = revealed(root, js.holder_disclosed_claims, '', rule, []);
    const keyBinding = js.key_binding === true;
    const { d: _d, ...holderPublic } = s.key_settings.holder_key;
    const expected = visible(root, '', new Set(reveal)) as { [k: string]: Json };
    if (keyBinding) expected.cnf = { jwk: holderPublic };
    return {
      name,
      rule,
      claims: plain(root) as { [k: string]: Json },
      disclose: sdPointers(root, '', []),
      reveal,
      expected,
      keyBinding,
      serialization: js.serialization_format === 'json' ? (s.key_settings.issuer_keys.length > 1 ? 'json-general' : 'json-flattened') : 'compact',
      decoys: js.add_decoy_claims === true,
      header: { typ: 'example+sd-jwt', ...((js.extra_header_parameters as object) ?? {}) },
      issuerKeys: s.key_settings.issuer_keys,
      holderKey: s.key_settings.holder_key,
      nonce: s.key_binding_nonce,
      aud: s.identifiers.verifier,
    };
  });
}
