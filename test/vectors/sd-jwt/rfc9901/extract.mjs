/**
 * Builds rfc9901-examples.json from the plain-text RFC (or the draft it was approved from):
 *   node extract.mjs <rfc-or-draft.txt> "<where the text came from>" > rfc9901-examples.json
 * It reads every "SHA-256 Hash: / Disclosure: / Contents:" listing, every printed SD-JWT and SD-JWT+KB,
 * the Processed SD-JWT Payload printed after each presentation, the JWS JSON serialization
 * examples of §8 and the Issuer key of Appendix A.5. Run once by hand; the tests read the JSON only.
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => !/^\f|^Fett, et al\.|^Internet-Draft {2}|^RFC 9901 {2}/.test(l));
const heading = /^((?:\d+\.)+|Appendix [A-Z]\.|[A-Z]\.\d+\.)\s+\S/;
let section = '';
const disclosures = [];
const tokens = [];
const jsonBlocks = [];
let caption = [];

/** A JSON value printed from line i: lines until the braces balance (strings never hold braces here). */
function readJson(i) {
  let depth = 0;
  const out = [];
  for (let j = i; j < lines.length; j++) {
    out.push(lines[j]);
    for (const ch of lines[j]) depth += ch === '{' || ch === '[' ? 1 : ch === '}' || ch === ']' ? -1 : 0;
    if (depth === 0) return { text: out.join('\n'), end: j };
  }
  throw new Error(`unbalanced JSON at line ${i + 1}`);
}

for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  const h = heading.exec(line);
  if (h) section = h[1].replace(/\.$/, '').replace(/^Appendix /, '');
  const hash = /^\s+\*\s+SHA-256 Hash: (\S+)$/.exec(line);
  if (hash) {
    let j = i + 1;
    if (!/^\s+\*\s+Disclosure:/.test(lines[j])) continue;
    const parts = [];
    for (j++; !/^\s+\*\s+Contents:/.test(lines[j]); j++) parts.push(lines[j].trim());
    const contents = [lines[j].replace(/^\s+\*\s+Contents:\s*/, '')];
    for (j++; lines[j].trim() !== '' && !/^\s+\*/.test(lines[j]); j++) contents.push(lines[j].trim());
    const label = /^\s*\*(.+)\*:\s*$/.exec(lines[i - 2] ?? '')?.[1] ?? '';
    disclosures.push({ section, label, digest: hash[1], disclosure: parts.join(''), contents: contents.join(' ') });
    continue;
  }
  if (/^ {3}eyJ[A-Za-z0-9_\-~.]+$/.test(line)) {
    const parts = [];
    let j = i;
    for (; /^ {3}[A-Za-z0-9_\-~.]+$/.test(lines[j]); j++) parts.push(lines[j].trim());
    const text = parts.join('');
    if (text.length > 200) tokens.push({ section, line: i, caption: caption.join(' ').replace(/\s+/g, ' ').trim(), text });
    i = j - 1;
    continue;
  }
  if (/^ {3}\{\s*$/.test(line)) {
    const { text, end } = readJson(i);
    const cap = caption.join(' ').replace(/\s+/g, ' ').trim();
    jsonBlocks.push({ section, line: i, caption: cap, text });
    i = end;
    caption = [];
    continue;
  }
  if (line.trim() === '') {
    if (caption.length && !/:\s*$/.test(caption.at(-1))) caption = [];
  } else caption.push(line.trim());
}

const processed = jsonBlocks.filter((b) => /Processed\s+SD-\s?JWT Payload/.test(b.caption));
// A presentation is followed, in its section, by the Processed SD-JWT Payload it yields (before any other token).
const presentations = tokens.map(({ line, ...t }, k) => {
  const next = tokens[k + 1]?.line ?? Infinity;
  const after = processed.find((p) => p.section === t.section && p.line > line && p.line < next);
  const kind = !t.text.includes('~') ? 'issuer-signed JWT' : /issued|Adding the Disclosures/.test(t.caption) ? 'issued' : 'presentation';
  return { ...t, kind, keyBinding: !t.text.endsWith('~') && t.text.includes('~'), ...(after && kind === 'presentation' ? { processed: JSON.parse(after.text) } : {}) };
});
// Digests the prose of §4.2 states without the list format.
const prose = [
  { section: '4.2.3', label: 'Claim family_name (§4.2.1, §4.2.3)', digest: 'X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0', disclosure: 'WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0', contents: '["_26bc4LT-ac6q2KI6cBW5es", "family_name", "Möbius"]' },
  { section: '4.2.4.2', label: 'Array Entry (§4.2.2, §4.2.4.2)', digest: 'w0I8EKcdCtUPkGCNUrfwVp2xEgNjtoIDlOxc9-PlOhs', disclosure: 'WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0', contents: '["lklxF5jMYlGTPUovMNIvCA", "FR"]' },
];
// §4.2.1: other encodings of the same family_name claim (no digest printed).
const variants = ['WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNXHUwMGY2Yml1cyJd', 'WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsImZhbWlseV9uYW1lIiwiTcO2Yml1cyJd', 'WwoiXzI2YmM0TFQtYWM2cTJLSTZjQlc1ZXMiLAoiZmFtaWx5X25hbWUiLAoiTcO2Yml1cyIKXQ'];
// §8: the JSON serialization examples, whose strings the RFC wraps across lines (no spaces inside them).
const jsonSerialized = jsonBlocks
  .filter((b) => b.section.startsWith('8') && b.text.includes('"payload"'))
  .map((b) => ({ section: b.section, caption: b.caption, json: JSON.parse(b.text.replace(/\s+/g, '')) }));
const keyBlock = jsonBlocks.find((b) => b.section === 'A.5');

process.stdout.write(`${JSON.stringify({
  source: process.argv[3] ?? file.split('/').pop(),
  licence: 'Examples quoted from the IETF document: (c) IETF Trust and the authors (BCP 78); code components under the Revised BSD License',
  issuerPublicKey: JSON.parse(keyBlock.text),
  keyBinding: { nonce: '1234567890', aud: 'https://verifier.example.org', iat: 1748537243 },
  disclosures: [...prose, ...disclosures],
  encodingVariants: { section: '4.2.1', decodesTo: ['_26bc4LT-ac6q2KI6cBW5es', 'family_name', 'Möbius'], disclosures: variants },
  tokens: presentations,
  jsonSerialized,
}, null, 2)}\n`);
