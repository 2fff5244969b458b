#!/usr/bin/env node
/**
 * The house rule "files under ~300 lines, functions under ~80" as a check `npm run lint` runs.
 * It reads every .ts/.tsx file under src/ with the TypeScript compiler's parser (no type checking,
 * so it takes about a second) and lists each function — declarations, methods, arrow functions and
 * function expressions, React components included — longer than MAX_FUNCTION_LINES, and each file
 * longer than MAX_FILE_LINES. Tests (*.test.ts) are left out: they are lists of cases.
 *
 * Data tables are long because they are tables, not because a reader loses a thread in them: they
 * are exempt by name in DATA_TABLES below, each with the reason. Add to it only a file whose length
 * is rows of data (an entry per algorithm, claim, lesson), never one with logic.
 *
 * Usage: node scripts/check-sizes.mjs [--report] [--all]   (npm run lint:sizes)
 *   --report  print every finding but exit 0 (to plan a clean-up)
 *   --all     also list the exempt data tables' sizes
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const MAX_FUNCTION_LINES = 80;
const MAX_FILE_LINES = 300;

/** path (from the repo root) → why its length is data, not logic. Whole-file exemptions. */
const DATA_TABLES = new Map([
  ['src/jose/lib/registry.ts', 'one row of facts per JOSE algorithm'],
  ['src/lib/examples/examples.data.ts', 'the example tokens, one row each'],
]);

const args = new Set(process.argv.slice(2));
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const srcDir = path.join(root, 'src');

function listSources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(full));
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The name a reader would search for: the declaration's own, or the variable/property it is assigned to. */
function functionName(node, sf) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name) return node.name.getText(sf);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(sf);
  if (parent && ts.isCallExpression(parent)) {
    // memo(function X() {}), useCallback(() => …), forwardRef(…): name it after the call.
    const callee = parent.expression.getText(sf);
    const holder = parent.parent && ts.isVariableDeclaration(parent.parent) && ts.isIdentifier(parent.parent.name) ? parent.parent.name.text : '';
    return holder ? `${holder} (${callee} callback)` : `(${callee} callback)`;
  }
  return '(anonymous)';
}

function isFunctionLike(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

const longFunctions = [];
const longFiles = [];
const exemptSizes = [];

for (const file of listSources(srcDir)) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const text = fs.readFileSync(file, 'utf8');
  const lineCount = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (DATA_TABLES.has(rel)) {
    exemptSizes.push({ rel, lines: lineCount, why: DATA_TABLES.get(rel) });
    continue;
  }
  if (lineCount > MAX_FILE_LINES) longFiles.push({ rel, lines: lineCount });
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node) => {
    if (isFunctionLike(node) && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      const end = sf.getLineAndCharacterOfPosition(node.end).line + 1;
      const lines = end - start + 1;
      if (lines > MAX_FUNCTION_LINES) longFunctions.push({ rel, start, lines, name: functionName(node, sf) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

longFunctions.sort((a, b) => b.lines - a.lines);
longFiles.sort((a, b) => b.lines - a.lines);

for (const f of longFunctions) console.log(`function ${f.lines} lines  ${f.rel}:${f.start}  ${f.name}`);
for (const f of longFiles) console.log(`file     ${f.lines} lines  ${f.rel}`);
const failing = longFunctions.length + longFiles.length;
if (args.has('--all')) for (const f of exemptSizes) console.log(`exempt   ${f.lines} lines  ${f.rel}  (${f.why})`);

console.log(
  `${longFunctions.length} function(s) over ${MAX_FUNCTION_LINES} lines, ${longFiles.length} file(s) over ${MAX_FILE_LINES} lines in src/` +
    ` (${DATA_TABLES.size} data tables exempt by name in scripts/check-sizes.mjs).`,
);
if (failing > 0 && !args.has('--report')) process.exit(1);
