// The npm package as a user gets it: `npm pack` once, installed from the tarball into an empty
// folder, imported from a plain Node ESM script, type-checked from a TypeScript one, bundled to show
// it tree-shakes, and its `jose-lab` bin run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import seeds from '../vectors/seeds.json';
import { ensureBuilt, ROOT } from './build.ts';

const work = mkdtempSync(join(tmpdir(), 'jose-lab-pack-'));
const app = join(work, 'app');
let tarball = '';
let files: string[] = [];

const run = (cmd: string, args: string[], cwd = app) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(async () => {
  await ensureBuilt();
  // --ignore-scripts: the build above is the one under test (prepack would build it again).
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT)) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, packed[0]!.filename);
  files = packed[0]!.files.map((f) => f.path);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
}, 300_000);

describe('the jose-lab package', () => {
  it('holds only the built engine, the CLI, package.json and the README', () => {
    expect(tarball).toMatch(/jose-lab-\d+\.\d+\.\d+\.tgz$/);
    expect(files).toContain('dist-package/lib/index.js');
    expect(files).toContain('dist-package/lib/index.d.ts');
    expect(files).toContain('dist-package/cli/jose-lab.mjs');
    expect(files.filter((f) => !/^(dist-package\/(lib|cli)\/|package\.json$|README\.md$|LICEN[CS]E)/.test(f))).toEqual([]);
    expect(files.some((f) => f.endsWith('.test.js') || f.includes('/features/') || f.includes('/app/'))).toBe(false);
  });

  it('installs with the engine\'s own dependencies and none of the web app\'s', () => {
    const installed = readdirSync(join(app, 'node_modules'));
    expect(installed).toContain('jose-lab');
    expect(installed).toContain('@noble');
    for (const appOnly of ['react', 'react-dom', 'monaco-editor', '@tanstack', 'tailwindcss', 'vite']) expect(installed).not.toContain(appOnly);
  });

  it('imports from a plain Node ESM script and works', () => {
    writeFileSync(join(app, 'use.mjs'), `
      import { inspect, verify, decrypt, sign, encrypt, importKey, generateKey, serializeCompact, statusLine, verifiedVerdict } from 'jose-lab';
      const seed = ${JSON.stringify(seeds.hs256_password.token)};
      const verified = await verify(inspect('Bearer ' + seed).text, await importKey('password'), { now: 1395674000 });
      const pair = await generateKey('ES256');
      const jws = serializeCompact(await sign({ sub: 'a' }, pair.privateKey, { alg: 'ES256' }));
      const secret = await importKey(new Uint8Array(32));
      const jwe = serializeCompact(await encrypt('hi', secret, { alg: 'dir', enc: 'A256GCM' }));
      console.log(JSON.stringify({
        seed: statusLine(verifiedVerdict(verified, { now: 1395674000 })),
        es256: (await verify(jws, pair.publicKey)).claims,
        jwe: (await decrypt(jwe, secret)).text,
      }));`);
    expect(JSON.parse(run('node', ['use.mjs']))).toEqual({ seed: 'Signature verified — HS256 signature checked with an 8-byte shared secret', es256: { sub: 'a' }, jwe: 'hi' });
  });

  it('type-checks from TypeScript (NodeNext and bundler resolution), and the types are real', () => {
    writeFileSync(join(app, 'use.ts'), `
      import { verify, importKey, isJoseError, type VerifyResult, type JoseErrorCode } from 'jose-lab';
      export async function check(token: string): Promise<string> {
        try {
          const result: VerifyResult = await verify(token, await importKey('password'));
          return result.alg;
        } catch (error) {
          if (isJoseError(error)) { const code: JoseErrorCode = error.code; return code; }
          throw error;
        }
      }
      // @ts-expect-error a number is not a token
      void verify(42, await importKey('x'));
      // @ts-expect-error "alg" is a string, not a number
      export const n: number = (await verify('a.b.c', await importKey('x'))).alg;
    `);
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    for (const [module, moduleResolution] of [['nodenext', 'nodenext'], ['esnext', 'bundler']]) {
      const compilerOptions = { module, moduleResolution, target: 'es2022', lib: ['es2023', 'dom'], types: [], strict: true, noEmit: true, skipLibCheck: false, skipDefaultLibCheck: true };
      writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['use.ts'] }));
      run('node', [tsc, '-p', 'tsconfig.json']);
    }
  }, 180_000);

  it('tree-shakes: a bundle that imports one helper carries none of the crypto', async () => {
    writeFileSync(join(app, 'small.mjs'), "import { base64urlEncode } from 'jose-lab';\nconsole.log(base64urlEncode(new Uint8Array([1, 2, 3])));\n");
    const { build } = await import('rolldown');
    const out = await build({ input: join(app, 'small.mjs'), cwd: app, write: false, logLevel: 'silent', output: { format: 'esm' } });
    const code = out.output.map((c) => ('code' in c ? c.code : '')).join('');
    expect(code).toContain('base64urlEncode');
    expect(code.length).toBeLessThan(8_000);
    for (const heavy of ['secp256k1', 'subtle.sign', 'verify(', 'PBES2']) expect(code).not.toContain(heavy);
  });

  it('installs the jose-lab command, which verifies the seed token', () => {
    const bin = join(app, 'node_modules/.bin/jose-lab');
    expect(run(bin, ['verify', seeds.hs256_password.token, '--key', 'password', '--now', '2014-03-24T00:00:00Z'])).toMatch(/^Signature verified — /);
    expect(JSON.parse(readFileSync(join(app, 'node_modules/jose-lab/package.json'), 'utf8')).bin).toEqual({ 'jose-lab': 'dist-package/cli/jose-lab.mjs' });
  });
});
