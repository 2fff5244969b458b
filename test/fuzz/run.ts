/**
 * `npm run fuzz`: the properties of targets.ts with over a million generated inputs, split into
 * chunks of FUZZ_CHUNK runs with their own seeds and shared among worker processes. Prints each
 * chunk's seed as it starts, a table of inputs per target with the rate, the reference-library
 * checks made, and every failure with the command that replays it.
 *
 *   npm run fuzz                                   1,000,000 inputs on 2 processes
 *   npm run fuzz -- --runs 200000 --jobs 1         fewer, on one process
 *   npm run fuzz -- --target verify --seed 42 --path "3:1"   replay one failure (and shrink it)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stats } from './checks.ts';
import { TARGETS } from './targets.ts';

interface Chunk {
  target: string;
  runs: number;
  seed: number;
}

interface ChunkResult extends Chunk {
  ms: number;
  failure?: { message: string; path?: string };
  stats: typeof stats;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function runChunk(chunk: Chunk): Promise<ChunkResult> {
  const target = TARGETS.find((t) => t.name === chunk.target)!;
  const before = { ...stats };
  const started = performance.now();
  const details = await fc.check(await target.property(), { numRuns: chunk.runs, seed: chunk.seed, endOnFailure: true });
  const result: ChunkResult = {
    ...chunk,
    runs: details.numRuns,
    ms: performance.now() - started,
    stats: { accepted: stats.accepted - before.accepted, referenceAgreed: stats.referenceAgreed - before.referenceAgreed, referenceUnsupported: stats.referenceUnsupported - before.referenceUnsupported },
  };
  if (details.failed) {
    const error = details.errorInstance as Error | undefined;
    result.failure = { message: String(error?.message ?? 'failed').split('\n')[0]!.slice(0, 600), ...(details.counterexamplePath ? { path: details.counterexamplePath } : {}) };
  }
  return result;
}

/** Child process: runs the chunks the parent sends, one at a time. */
function child(): void {
  process.on('message', (chunk: Chunk) => {
    runChunk(chunk).then(
      (result) => process.send!(result),
      (error: unknown) => process.send!({ ...chunk, runs: 0, ms: 0, stats: { accepted: 0, referenceAgreed: 0, referenceUnsupported: 0 }, failure: { message: `the chunk crashed: ${String((error as Error)?.stack ?? error).slice(0, 600)}` } }),
    );
  });
  process.send!({ ready: true });
}

function plan(total: number, chunkSize: number, baseSeed: number, only?: string): Chunk[] {
  const targets = only ? TARGETS.filter((t) => t.name === only) : TARGETS;
  const weights = targets.reduce((n, t) => n + t.weight, 0);
  const chunks: Chunk[] = [];
  let seed = baseSeed;
  for (const t of targets) {
    let left = Math.ceil((total * t.weight) / weights);
    while (left > 0) {
      const runs = Math.min(chunkSize, left);
      chunks.push({ target: t.name, runs, seed: seed++ });
      left -= runs;
    }
  }
  // Interleave the targets, so a slow one does not leave a process idle at the end.
  return chunks.sort((a, b) => (a.seed * 7919) % 1009 - (b.seed * 7919) % 1009);
}

async function parent(): Promise<void> {
  const total = Number(option('runs') ?? process.env.FUZZ_RUNS ?? 1_000_000);
  const jobs = Number(option('jobs') ?? 2);
  const chunkSize = Number(process.env.FUZZ_CHUNK ?? 5_000);
  const baseSeed = Number(option('seed') ?? Date.now() % 2 ** 31);
  const only = option('target');
  const path = option('path');
  if (path !== undefined && only) {
    // Replay one failure in this process, with shrinking, and print fast-check's full report.
    const target = TARGETS.find((t) => t.name === only)!;
    await fc.assert(await target.property(), { seed: baseSeed, path, numRuns: 1_000_000 });
    console.log('The replayed case passes now.');
    return;
  }
  const queue = plan(total, chunkSize, baseSeed, only);
  console.log(`fuzz: ${total.toLocaleString('en')} inputs over ${TARGETS.length} targets, ${queue.length} chunks of up to ${chunkSize}, ${jobs} processes, base seed ${baseSeed}`);
  const results: ChunkResult[] = [];
  const started = performance.now();
  const workers: ChildProcess[] = [];
  await new Promise<void>((resolve) => {
    let busy = 0;
    const next = (w: ChildProcess) => {
      const chunk = queue.shift();
      if (!chunk) {
        w.kill();
        if (--busy === 0) resolve();
        return;
      }
      w.send(chunk);
    };
    for (let i = 0; i < jobs; i++) {
      const w = fork(fileURLToPath(import.meta.url), ['--child'], { execArgv: ['--import', 'tsx'] });
      workers.push(w);
      busy++;
      let current: Chunk | undefined;
      const send = w.send.bind(w);
      w.send = ((chunk: Chunk) => ((current = chunk), send(chunk))) as typeof w.send;
      w.on('exit', (code) => {
        // A process that dies mid-chunk (out of memory, a native crash) is a finding too.
        if (current && code !== 0 && code !== null) {
          results.push({ ...current, runs: 0, ms: 0, stats: { accepted: 0, referenceAgreed: 0, referenceUnsupported: 0 }, failure: { message: `the fuzz process exited with code ${code}` } });
          current = undefined;
          if (--busy === 0) resolve();
        }
      });
      w.on('message', (message: ChunkResult | { ready: true }) => {
        current = undefined;
        if ('target' in message) {
          results.push(message);
          const done = results.reduce((n, r) => n + r.runs, 0);
          const rate = done / ((performance.now() - started) / 1000);
          console.log(`  ${message.target.padEnd(15)} seed ${message.seed}: ${message.runs} inputs in ${(message.ms / 1000).toFixed(1)} s${message.failure ? `  FAILED: ${message.failure.message}` : ''}   [${done.toLocaleString('en')} done, ${Math.round(rate)}/s]`);
        }
        next(w);
      });
    }
  });
  report(results, performance.now() - started);
}

function report(results: ChunkResult[], ms: number): void {
  const rows = TARGETS.map((t) => {
    const mine = results.filter((r) => r.target === t.name);
    const runs = mine.reduce((n, r) => n + r.runs, 0);
    const busy = mine.reduce((n, r) => n + r.ms, 0) / 1000;
    return [t.name, runs.toLocaleString('en'), busy.toFixed(0), busy ? Math.round(runs / busy).toLocaleString('en') : '-', String(mine.filter((r) => r.failure).length)];
  });
  const sum = (k: keyof typeof stats) => results.reduce((n, r) => n + r.stats[k], 0);
  const total = results.reduce((n, r) => n + r.runs, 0);
  console.log('\ntarget           inputs        cpu-s    inputs/s  failed chunks');
  for (const r of rows) console.log(`${r[0]!.padEnd(15)} ${r[1]!.padStart(10)} ${r[2]!.padStart(10)} ${r[3]!.padStart(10)} ${r[4]!.padStart(8)}`);
  console.log(`\n${total.toLocaleString('en')} inputs in ${(ms / 1000).toFixed(0)} s wall: ${Math.round(total / (ms / 1000)).toLocaleString('en')} inputs/s`);
  console.log(`mutated tokens the engine accepted: ${sum('accepted')}; the reference library agreed on ${sum('referenceAgreed')}, could not judge ${sum('referenceUnsupported')} (algorithms panva jose v6 lacks)`);
  const failures = results.filter((r) => r.failure);
  if (failures.length === 0) {
    console.log('findings: none');
    return;
  }
  console.log(`\nfindings (${failures.length}):`);
  for (const f of failures) {
    console.log(`- ${f.target}: ${f.failure!.message}\n  replay: npm run fuzz -- --target ${f.target} --seed ${f.seed}${f.failure!.path ? ` --path "${f.failure!.path}"` : ''}`);
  }
  process.exitCode = 1;
}

if (process.argv.includes('--child')) child();
else await parent();
