/**
 * Shared helpers for the bench modules: time-boxed ops/s measurements, interleaved rounds compared
 * pairwise, and a table printer.
 *
 * Why interleaved and paired: the bench machine is shared (2 cores, other engineers' test runs), so
 * its speed changes from one second to the next. Each round measures every contender once, back to
 * back, in a rotating order; a ratio is the median over rounds of the ratio within a round, so a
 * burst of load slows both sides of that round and cancels out, and one bad round does not decide.
 *
 * Environment: BENCH_QUICK=1 (a smoke run: 2 short rounds), BENCH_ROUNDS, BENCH_MS (per measurement).
 */

export const QUICK = process.env.BENCH_QUICK === '1';
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 2 : 7));
export const ROUND_MS = Number(process.env.BENCH_MS ?? (QUICK ? 20 : 50));

export type Op = () => Promise<unknown> | unknown;

/**
 * Runs `op` repeatedly for about `ms` milliseconds (after a warm-up of `warmMs`) and returns
 * operations per second of wall time.
 */
export async function opsPerSecond(op: Op, ms = ROUND_MS, warmMs = ms / 4): Promise<number> {
  const warm = performance.now();
  while (performance.now() - warm < warmMs) await op();
  return (await measure(op, ms)).wall;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Like opsPerSecond, but also per second of CPU time of this process (all its threads: Node runs
 * Web Crypto jobs on its thread pool). CPU time hardly counts the time the machine gives to others.
 */
export async function measure(op: Op, ms = ROUND_MS): Promise<{ wall: number; cpu: number }> {
  let n = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 8; i++) await op();
    n += 8;
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: (n * 1000) / (now - start), cpu: (n * 1e6) / Math.max(1, cpu.user + cpu.system) };
}

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
    await opsPerSecond(op, ms / 2, 0);
  }
  for (let r = 0; r < rounds; r++) {
    // Rotate the order so no contender always runs first (or right after the slowest one).
    for (let i = 0; i < entries.length; i++) {
      const [name, op] = entries[(i + r) % entries.length]!;
      samples[name]!.push(await opsPerSecond(op, ms, 0));
    }
  }
  return samples;
}

/** Median ops/s of one contender, or undefined when it did not run. */
export function opsOf(samples: Samples, name: string): number | undefined {
  const xs = samples[name];
  return xs && xs.length ? median(xs) : undefined;
}

/** Median over rounds of (a / b) within the same round; undefined when either did not run. */
export function pairedRatio(samples: Samples, a: string, b: string): number | undefined {
  const xs = samples[a];
  const ys = samples[b];
  if (!xs?.length || !ys?.length) return undefined;
  return median(xs.map((x, i) => x / ys[i]!));
}

/** How much one contender's rounds disagree: (max - min) / median, as a percentage. */
export function spread(samples: Samples, name: string): number | undefined {
  const xs = samples[name];
  if (!xs || xs.length < 2) return undefined;
  return ((Math.max(...xs) - Math.min(...xs)) / median(xs)) * 100;
}

export function fmt(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return 'n/a';
  return n >= 1000 ? `${(n / 1000).toFixed(1)}k` : n.toFixed(0);
}

export function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined) return 'n/a';
  return (a / b).toFixed(2);
}

export function fmtRatio(r: number | undefined): string {
  return r === undefined || !Number.isFinite(r) ? 'n/a' : r.toFixed(2);
}

export function table(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

export async function timed(fn: () => Promise<void>): Promise<void> {
  await fn();
}
