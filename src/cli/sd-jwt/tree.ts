/**
 * An SD-JWT as terminal text: the disclosure tree (every claim always visible, disclosed with its
 * salt and digest, or hidden as a count of undisclosed digests), each Disclosure decoded, and the
 * Key Binding JWT's checks one by one. Used by `sd-jwt decode | verify`, `decode` and `verify`.
 */
import {
  parsePointer, resolvePointer,
  type DecodedSdJwt, type JsonObject, type KeyBindingCheck, type SdClaimNode, type SdJwtDisclosure, type SdJwtKeyBinding,
} from '../../jose/index.ts';
import type { Paint } from '../color.ts';

const VALUE_WIDTH = 48;
const LEFT_WIDTH = 44;

function short(text: string, width = VALUE_WIDTH): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function valueText(claims: JsonObject, pointer: string | undefined): string {
  if (pointer === undefined) return '';
  const value = resolvePointer(claims, parsePointer(pointer));
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  return short(JSON.stringify(value) ?? '');
}

function statusText(node: SdClaimNode, disclosures: readonly SdJwtDisclosure[], p: Paint): string {
  if (node.status === 'disclosed') {
    const d = disclosures[node.disclosure!];
    return p.good(`disclosed · Disclosure ${node.disclosure! + 1}${d ? ` · salt ${d.salt} · digest ${d.digest}` : ''}`);
  }
  if (node.within !== undefined) return p.dim(`visible in the value of Disclosure ${node.within + 1}`);
  return p.dim('always visible');
}

function hiddenLine(count: number, array: boolean, indent: string, p: Paint): string {
  const left = `${indent}${count} hidden`;
  return `${left.padEnd(LEFT_WIDTH)} ${p.warn(`${count} undisclosed digest${count === 1 ? '' : 's'} (withheld ${array ? 'elements' : 'claims'} or decoys)`)}`;
}

function nodeLines(node: SdClaimNode, claims: JsonObject, disclosures: readonly SdJwtDisclosure[], depth: number, p: Paint, out: string[]): void {
  const indent = '  '.repeat(depth + 1);
  for (const child of node.children ?? []) {
    if (child.status === 'hidden') continue;
    const left = `${indent}${String(child.key)}: ${valueText(claims, child.pointer)}`;
    out.push(`${left.padEnd(LEFT_WIDTH)} ${statusText(child, disclosures, p)}`);
    if (child.children) nodeLines(child, claims, disclosures, depth + 1, p, out);
  }
  const array = Array.isArray(resolvePointer(claims, parsePointer(node.pointer ?? '')));
  if (node.hidden) out.push(hiddenLine(node.hidden, array, indent, p));
}

/** "Disclosure tree" and its lines, root first. */
export function treeLines(d: DecodedSdJwt, p: Paint): string[] {
  const out = [p.bold(`Disclosure tree (${d.sdAlg})`)];
  nodeLines(d.tree, d.claims, d.disclosures, 0, p, out);
  return out;
}

function foundWords(d: SdJwtDisclosure): string {
  return d.foundAt.disclosure === undefined ? `${d.foundAt.pointer} of the Issuer-signed payload` : `${d.foundAt.pointer} in the value of Disclosure ${d.foundAt.disclosure + 1}`;
}

export function disclosureLines(disclosures: readonly SdJwtDisclosure[], p: Paint): string[] {
  if (disclosures.length === 0) return [p.bold('Disclosures'), p.dim('  none: every claim shown is always visible')];
  return [
    p.bold('Disclosures'),
    ...disclosures.flatMap((d) => [
      `  ${d.index + 1}  ${short(JSON.stringify(d.decoded), 96)}`,
      `     ${d.kind === 'property' ? `claim "${d.name}"` : 'array element'} → ${d.pointer} · digest ${d.digest} found at ${foundWords(d)}`,
    ]),
  ];
}

const KB_MARK: Record<KeyBindingCheck['status'], (p: Paint) => string> = {
  ok: (p) => p.good('✓'),
  failed: (p) => p.bad('✗'),
  'not-checked': (p) => p.dim('–'),
};

export function kbCheckLines(checks: readonly KeyBindingCheck[], p: Paint): string[] {
  const width = Math.max(...checks.map((c) => c.id.length));
  return checks.map((c) => `  ${KB_MARK[c.status](p)} ${c.id.padEnd(width)}  ${c.message}`);
}

/** The Key Binding JWT: its checks one by one, and what sd_hash was computed over. */
export function kbLines(kb: SdJwtKeyBinding | undefined, checks: readonly KeyBindingCheck[] | undefined, p: Paint): string[] {
  if (!kb && !checks) return [p.bold('Key Binding JWT'), p.dim('  none: nothing proves who presents this SD-JWT (a compact one ends with "~")')];
  const alg = typeof kb?.header.alg === 'string' ? `, ${kb.header.alg}` : '';
  return [
    p.bold(`Key Binding JWT${kb ? ` (${String(kb.header.typ ?? 'no typ')}${alg})` : ''}`),
    ...kbCheckLines(checks ?? kb!.checks, p),
    ...(kb ? [p.dim(`  sd_hash ${kb.sdHash} = hash of the ${kb.hashedText.length} characters up to the last "~"`)] : []),
  ];
}

/** SD-JWT VC: its type and the profile's checks, when "typ" names it. */
export function vcLines(d: DecodedSdJwt, p: Paint): string[] {
  if (!d.vc) return [];
  return [
    p.bold(`SD-JWT VC (typ ${d.vc.typ}${d.vc.vct !== undefined ? `, vct ${d.vc.vct}` : ''})`),
    ...d.vc.checks.map((c) => `  ${c.ok ? p.good('✓') : p.bad('✗')} ${c.message}`),
  ];
}

/** Everything about the SD-JWT in one text block: tree, Disclosures, Key Binding JWT, VC. */
export function sdJwtLines(d: DecodedSdJwt, p: Paint, kbChecks?: readonly KeyBindingCheck[]): string[] {
  return [...treeLines(d, p), '', ...disclosureLines(d.disclosures, p), '', ...kbLines(d.kb, kbChecks, p), ...(d.vc ? ['', ...vcLines(d, p)] : [])];
}

/** The --json form: the decoded SD-JWT as it is (plain data), the Issuer-signed JWT in compact form. */
export function sdJwtDocument(d: DecodedSdJwt): Record<string, unknown> {
  return {
    serialization: d.serialization,
    sdAlg: d.sdAlg,
    header: d.header,
    payload: d.payload,
    claims: d.claims,
    tree: d.tree,
    disclosures: d.disclosures,
    kb: d.kb ?? null,
    ...(d.vc ? { vc: d.vc } : {}),
    issuerJwt: d.issuerJwt,
  };
}
