/**
 * inspect() on a 1 MB token (the size the decoder must stay responsive with) and on a typical small
 * JWT: milliseconds per call. Moved here from a timed unit test: speed is measured in benchmarks.
 * Median of BENCH_ROUNDS x 3 calls after a warm-up, as wall time and as CPU time of this process
 * (the latter hardly counts the time the shared machine gives to other processes).
 */
import { loadEngine } from './engine.ts';
import { median, QUICK, ROUNDS, table } from './harness.ts';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const jwt = (header: object, payload: object) => `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}.c2ln`;

function msPerCall(inspect: (text: string) => { problems: { message: string }[] }, text: string, runs: number): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 2; i++) inspect(text);
  for (let i = 0; i < runs; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const r = inspect(text);
    walls.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpus.push((cpu.user + cpu.system) / 1000);
    if (r.problems.length) throw new Error(`inspect reported problems: ${r.problems[0]!.message}`);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

export default async function bench(): Promise<void> {
  const { engine, how } = await loadEngine();
  const large = jwt({ alg: 'HS256' }, { sub: 'x', data: 'a'.repeat(700_000), list: Array.from({ length: 5000 }, (_, i) => ({ i, v: 'é' })) });
  const small = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '1234567890', name: 'John Doe', iat: 1516239022, exp: 4102444800 });
  const runs = QUICK ? 3 : ROUNDS * 3;
  const rows: string[][] = [];
  for (const [label, text, n] of [['1 MB JWS', large, runs], ['typical JWT', small, runs * 100]] as const) {
    const { wall, cpu } = msPerCall(engine.inspect, text, n);
    rows.push([label, text.length >= 1e6 ? `${(text.length / 1e6).toFixed(2)} M` : String(text.length), wall.toFixed(3), cpu.toFixed(3)]);
  }
  // The pretty printer the Payload panel uses, on a 1 MB payload.
  const payload = JSON.stringify({ data: 'x'.repeat(1_000_000), list: Array.from({ length: 20_000 }, (_, i) => i) });
  const pretty = msPerCall((text) => ({ problems: engine.prettyJson(text) === undefined ? [{ message: 'not JSON' }] : [] }), payload, runs);
  rows.push(['prettyJson, 1 MB payload', `${(payload.length / 1e6).toFixed(2)} M`, pretty.wall.toFixed(3), pretty.cpu.toFixed(3)]);
  table(`inspect(), ms per call (median of ${runs} calls for 1 MB, ${runs * 100} for the small one, after a warm-up; ${how})`, ['token', 'chars', 'wall ms', 'cpu ms'], rows);
}
