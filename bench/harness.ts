/** Small shared helpers for the bench modules: a time-boxed ops/s measurement and a table printer. */

/** Awaits `op` repeatedly for about `ms` milliseconds (after a short warm-up) and returns operations per second. */
export async function opsPerSecond(op: () => Promise<unknown> | unknown, ms = Number(process.env.BENCH_MS ?? 400)): Promise<number> {
  const warm = performance.now();
  while (performance.now() - warm < ms / 4) await op();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    // Batches of 8 keep the clock reads out of the measurement for fast ops.
    for (let i = 0; i < 8; i++) await op();
    n += 8;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

export function fmt(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return 'n/a';
  return n >= 1000 ? `${(n / 1000).toFixed(1)}k` : n.toFixed(0);
}

export function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined) return 'n/a';
  return (a / b).toFixed(2);
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
