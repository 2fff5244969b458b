import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of `npm run lint` must be able to fail: each deliberate violation below, linted as
 * if it were a file in src/, is reported by the rule that guards it. (A clean `npm run lint` on the
 * real tree is the other half.)
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layer rules', () => {
  it('refuse a feature importing the app shell, even for a type', async () => {
    const messages = await ruleIdsFor('src/features/keys/probe.ts', "import type { App } from '../../app/App.tsx';\nexport type P = typeof App;\n");
    expect(messages.join('\n')).toMatch(/no-restricted-paths: .*must not import the app shell/);
  });

  it('refuse a feature importing another feature', async () => {
    const messages = await ruleIdsFor('src/features/keys/probe.ts', "import { LearnPage } from '../learn/LearnPage.tsx';\nexport const p = LearnPage;\n");
    expect(messages.join('\n')).toMatch(/no-restricted-paths: .*A feature must not import another feature/);
  });

  it('refuse shared code importing a feature', async () => {
    const messages = await ruleIdsFor('src/components/probe.ts', "import { DecodePage } from '../features/decoder/DecodePage.tsx';\nexport const p = DecodePage;\n");
    expect(messages.join('\n')).toMatch(/no-restricted-paths: .*Shared code/);
  });

  it('refuse the engine importing anything outside it', async () => {
    const messages = await ruleIdsFor('src/jose/probe.ts', "import { shareLink } from '../lib/shareLink.ts';\nexport const p = shareLink;\n");
    expect(messages.join('\n')).toMatch(/engine-boundary: .*resolves outside the engine/);
  });

  it('refuse a cycle', async () => {
    // lib/workspace.tsx importing the app, which imports lib/workspace.tsx: both a cycle and an upward import.
    const messages = await ruleIdsFor('src/lib/workspace.tsx', "import { App } from '../app/App.tsx';\nexport const p = App;\n");
    expect(messages.join('\n')).toMatch(/import-x\/no-cycle/);
  });

  it('the cycle check counts type-only imports', async () => {
    const run = promisify(execFile)('npx', ['dpdm', '--no-tree', '--no-warning', '--no-progress', '--exit-code', 'circular:1', 'test/house/type-cycle/a.ts']);
    await expect(run).rejects.toMatchObject({ code: 1 });
  });
});
