/** Runs the built `jose-lab` as a real process: arguments, stdin, environment in; exit status, stdout, stderr out. */
import { spawn } from 'node:child_process';
import { CLI, ROOT } from './build.ts';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export function jl(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  // A clean colour environment unless the test sets one: CI may export FORCE_COLOR.
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** The one JSON document a --json run prints. */
export function json<T = Record<string, unknown>>(r: Run): T {
  return JSON.parse(r.stdout) as T;
}
