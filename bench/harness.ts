/**
 * Shared helpers for the bench modules: time-boxed ops/s measurements, interleaved rounds compared
 * pairwise, robust statistics and a table printer.
 *
 * Why interleaved and paired: the bench machine is shared (2 cores, other people's test runs), so
 * its speed changes from one second to the next. Each round measures every contender of a row once,
 * back to back, in a rotating order; a ratio is the median over rounds of the ratio within a round,
 * so a burst of load slows both sides of that round and cancels out, and no single round decides.
 * The spread printed beside a ratio is the interquartile range of its per-round values divided by
 * their median: how much the rounds disagree about that ratio.
 *
 * Environment: BENCH_QUICK=1 (a smoke run: 3 short rounds), BENCH_ROUNDS, BENCH_MS (per measurement),
 * BENCH_ONLY=jws,jwe,sizes (modules), BENCH_FILTER=HS256,dir (rows whose label contains one of them),
 * BENCH_CLOCK=cpu (see below).
 *
 * BENCH_CLOCK=cpu counts the process's CPU time (user + system, every thread: Web Crypto's work on
 * libuv's pool included) instead of wall time. When the machine is oversubscribed (a load of 20 on
 * 2 cores), wall time mostly measures waiting for a core and paired wall ratios still spread by
 * 100-700%; CPU time is the work each call costs, whoever else runs. It leaves out latency that is
 * not work (a thread hop's wait), so read it as "cost per call", and prefer wall time on a quiet machine.
 */

export const QUICK = process.env.BENCH_QUICK === '1';
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 3 : 15));
export const ROUND_MS = Number(process.env.BENCH_MS ?? (QUICK ? 15 : 60));
const FILTER = process.env.BENCH_FILTER;
export const CPU_CLOCK = process.env.BENCH_CLOCK === 'cpu';

/** Milliseconds on the bench's clock: wall time, or the process's CPU time with BENCH_CLOCK=cpu. */
const clock: () => number = CPU_CLOCK
  ? () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    }
  : () => performance.now();

export type Op = () => Promise<unknown> | unknown;

/** Whether a row runs under BENCH_FILTER (comma-separated: a row whose label contains any of them). */
export function selected(label: string): boolean {
  return !FILTER || FILTER.split(',').some((f) => label.includes(f.trim()));
}

function isPromise(x: unknown): x is Promise<unknown> {
  return typeof (x as { then?: unknown } | null)?.then === 'function';
}

/**
 * Runs `op` repeatedly for at least `ms` milliseconds (and at least once) and returns operations per
 * second of wall time (of CPU time with BENCH_CLOCK=cpu). Fast ops run in growing batches so the clock is read rarely; a synchronous
 * op is not awaited (an await costs a microtask turn, which would dwarf JSON.parse of a small text).
 */
export async function opsPerSecond(op: Op, ms = ROUND_MS): Promise<number> {
  let n = 0;
  let batch = 1;
  const start = clock();
  for (;;) {
    for (let i = 0; i < batch; i++) {
      const r = op();
      if (isPromise(r)) await r;
    }
    n += batch;
    const elapsed = clock() - start;
    if (elapsed >= ms) return (n * 1000) / elapsed;
    if (batch < 256 && elapsed < ms / 16) batch *= 2;
  }
}

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo);
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** ops/s of every named op in each round (in the order of the rounds). */
export type Samples = Record<string, number[]>;

/**
 * Measures every op in `ops` for `rounds` interleaved rounds of `ms` each, after one warm-up pass
 * (JIT, key imports and caches). Undefined ops are skipped (a contender that lacks the alg).
 */
export async function interleaved(ops: Record<string, Op | undefined>, rounds = ROUNDS, ms = ROUND_MS): Promise<Samples> {
  const entries = Object.entries(ops).filter((e): e is [string, Op] => e[1] !== undefined);
  const samples: Samples = {};
  for (const [name, op] of entries) {
    samples[name] = [];
    await opsPerSecond(op, ms / 2);
  }
  for (let r = 0; r < rounds; r++) {
    // Rotate the order so no contender always runs first (or right after the slowest one).
    for (let i = 0; i < entries.length; i++) {
      const [name, op] = entries[(i + r) % entries.length]!;
      samples[name]!.push(await opsPerSecond(op, ms));
    }
  }
  return samples;
}

/** Median ops/s of one contender, or undefined when it did not run. */
export function opsOf(samples: Samples, name: string): number | undefined {
  const xs = samples[name];
  return xs && xs.length ? median(xs) : undefined;
}

/** The per-round values of a / b (a ratio > 1: a is faster), or undefined when either did not run. */
function roundRatios(samples: Samples, a: string, b: string): number[] | undefined {
  const xs = samples[a];
  const ys = samples[b];
  if (!xs?.length || !ys?.length) return undefined;
  return xs.map((x, i) => x / ys[i]!);
}

/** Median over rounds of (a / b) within the same round. */
export function pairedRatio(samples: Samples, a: string, b: string): number | undefined {
  const r = roundRatios(samples, a, b);
  return r ? median(r) : undefined;
}

/** Interquartile range of the per-round ratio a / b over its median, in percent. */
export function ratioSpread(samples: Samples, a: string, b: string): number | undefined {
  const r = roundRatios(samples, a, b);
  if (!r || r.length < 2) return undefined;
  return ((quantile(r, 0.75) - quantile(r, 0.25)) / median(r)) * 100;
}

/** The largest spread among the ratios of a row, as "12%". */
export function spreadOf(samples: Samples, pairs: [string, string][]): string {
  const values = pairs.map(([a, b]) => ratioSpread(samples, a, b)).filter((v): v is number => v !== undefined);
  return values.length ? `${Math.round(Math.max(...values))}%` : 'n/a';
}

export function fmt(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return 'n/a';
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (n >= 1000) return `${(n / 1000).toFixed(1)}k`;
  return n >= 10 ? n.toFixed(0) : n.toFixed(2);
}

export function fmtRatio(r: number | undefined): string {
  return r === undefined || !Number.isFinite(r) ? 'n/a' : r.toFixed(2);
}

/** Milliseconds per call from ops/s. */
export function fmtMs(ops: number | undefined): string {
  if (ops === undefined || !Number.isFinite(ops)) return 'n/a';
  const ms = 1000 / ops;
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
}

export function table(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** How the rounds were run, for table titles. */
export function howMeasured(): string {
  return `ops/s of ${CPU_CLOCK ? 'CPU time (BENCH_CLOCK=cpu)' : 'wall time'}, median of ${ROUNDS} interleaved rounds of >= ${ROUND_MS} ms; ratio = median of the per-round ratios (> 1: ours faster); spread = IQR / median of the row's noisiest ratio`;
}
