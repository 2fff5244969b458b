import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const engineRoot = path.resolve('src/jose');

/**
 * The engine could be published on its own tomorrow: it imports nothing from React, Monaco, UI
 * libraries or any other folder under src/. Relative imports are resolved against the importing file,
 * so `../lib/x` inside the engine passes while `../../app/x` does not.
 */
const engineBoundary = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      if (/^(react|react-dom|monaco-editor|@monaco-editor|@tanstack)(\/|$)/.test(source)) {
        context.report({ node, message: `src/jose/ must not import "${source}" (the engine knows nothing of the UI).` });
        return;
      }
      if (source.startsWith('.')) {
        const target = path.resolve(path.dirname(context.filename), source);
        if (target !== engineRoot && !target.startsWith(engineRoot + path.sep)) {
          context.report({ node, message: `src/jose/ must not import "${source}": it resolves outside the engine.` });
        }
      } else if (source.startsWith('/') || source.startsWith('@/') || source.startsWith('src/')) {
        context.report({ node, message: `src/jose/ must not import "${source}".` });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

const cliRoot = path.resolve('src/cli');
const engineIndex = path.join(engineRoot, 'index.ts');

/**
 * The command line uses the engine only through its public API, as any package user would: a
 * relative import from src/cli/ may reach src/cli/ itself or src/jose/index.ts, nothing else in src/.
 */
const cliBoundary = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), source);
      if (target === engineIndex || target === cliRoot || target.startsWith(cliRoot + path.sep)) return;
      context.report({ node, message: `src/cli/ must import the engine only from src/jose/index.ts (the public API), not "${source}".` });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

const FEATURES = ['decoder', 'encoder', 'keys', 'learn'];
const SHARED = ['./src/components', './src/editor', './src/lib'];

/**
 * The app's layers, one way only: app → features → shared (components, editor, lib) → engine.
 * Type-only imports count too (no-restricted-paths checks every import declaration), so a layer
 * cannot lean on a type from above either. The engine and the CLI have their own rules above.
 */
const layerZones = [
  { target: './src/features', from: './src/app', message: 'Features must not import the app shell: take what you need as props or from src/lib.' },
  { target: SHARED, from: ['./src/app', './src/features'], message: 'Shared code (components, editor, lib) must not import the app or a feature.' },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature must not import another feature: move what both need to src/lib or src/components.',
  })),
  { target: './src', from: './e2e', message: 'The app must not import test code.' },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'test-results-*', 'playwright-report', 'e2e-artifacts'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/jose/**/*.ts'],
    ignores: ['src/jose/**/*.test.ts'],
    plugins: { 'jose-lab': { rules: { 'engine-boundary': engineBoundary } } },
    rules: { 'jose-lab/engine-boundary': 'error' },
  },
  {
    files: ['src/cli/**/*.ts'],
    plugins: { 'jose-lab-cli': { rules: { 'cli-boundary': cliBoundary } } },
    rules: { 'jose-lab-cli/cli-boundary': 'error' },
  },
);
