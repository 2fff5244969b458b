// Where the long tasks of bench/paste-longtasks.mjs go: pastes the same 5 MB token (SHAPE=many-member
// or single-string) with a Chromium performance trace running, then prints each main-thread task
// longer than LONG_MS (default 50) ms: its layout, style and GC time and the functions that took most
// of it (self time, with the calling chain of the heaviest). A diagnosis tool, not part of `npm run bench`:
//   node bench/paste-profile.mjs http://127.0.0.1:P   (after `vite build` + `vite preview`, as paste-longtasks)
import { chromium } from '@playwright/test';
import { launchOptions, MB, openDecode, pasteToken, SHAPES, verified } from './paste-page.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173';
const LONG_MS = Number(process.env.LONG_MS ?? 50);
const shape = process.env.SHAPE ?? 'many-member';
const token = SHAPES[shape === 'many-member' ? 'many-member' : 'single-string']();

const browser = await chromium.launch(launchOptions());
const { page, box } = await openDecode(browser, url, token);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'] });
await pasteToken(box);
await verified(page);
await page.waitForTimeout(3000);
const trace = JSON.parse((await browser.stopTracing()).toString());
await browser.close();

const events = trace.traceEvents ?? trace;
if (process.env.DUMP) { const fs = await import('node:fs'); fs.writeFileSync(process.env.DUMP, JSON.stringify(events)); }
// The page's main thread, and its profile (chunks come from a profiler thread, tied to it by the Profile id).
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'Profile'));
const profile = events.find((x) => x.name === 'Profile' && x.pid === main.pid && x.tid === main.tid);
const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur / 1000 > LONG_MS);
// Thread time (tdur) is the main thread's CPU time in the task: on a loaded machine wall time (dur) also counts waiting for a core.
console.log(`tasks over ${LONG_MS} ms of wall time: ${tasks.map((t) => `${(t.dur / 1000).toFixed(0)} ms (CPU ${((t.tdur ?? 0) / 1000).toFixed(0)} ms)`).join(', ') || 'none'}; longest CPU time of any task: ${(Math.max(0, ...onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X').map((t) => t.tdur ?? 0)) / 1000).toFixed(0)} ms`);
// The sampling profile, rebuilt from its chunks: nodes, and (time, node) samples in the trace's clock.
const nodes = new Map();
const samples = [];
for (const e of events.filter((x) => x.name === 'ProfileChunk' && x.pid === main.pid && x.id === profile.id)) {
  const data = e.args.data;
  for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
  let t = samples.length ? samples[samples.length - 1].t : profile.args.data.startTime;
  (data.cpuProfile?.samples ?? []).forEach((id, i) => {
    t += data.timeDeltas[i];
    samples.push({ t, id });
  });
}
const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').split('/').pop()}:${(n.callFrame.lineNumber ?? 0) + 1}`;
const chain = (id) => {
  const out = [];
  for (let n = nodes.get(id); n && out.length < 10; n = nodes.get(n.parent)) if (n.callFrame.functionName !== '(root)') out.push(name(n));
  return out.join(' < ');
};
console.log(`${shape}: ${(token.length / MB).toFixed(2)} MB token; main-thread tasks over ${LONG_MS} ms: ${tasks.length}`);
for (const task of tasks) {
  console.log(`\n== task of ${(task.dur / 1000).toFixed(0)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(0)} ms)`);
  // Direct children kinds (script, layout, style, GC) for where the time went outside JS too.
  const inside = onMain.filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
  const kinds = new Map();
  for (const e of inside) if (['Layout', 'UpdateLayoutTree', 'Paint', 'MajorGC', 'MinorGC', 'FunctionCall', 'EventDispatch', 'TimerFire', 'ParseHTML', 'PrePaint', 'Commit', 'Layerize'].includes(e.name)) kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur / 1000);
  console.log(`  ${[...kinds].map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}`);
  const self = new Map();
  const ms = samples.filter((s) => s.t >= task.ts && s.t <= task.ts + task.dur);
  for (let i = 1; i < ms.length; i++) self.set(ms[i].id, (self.get(ms[i].id) ?? 0) + (ms[i].t - ms[i - 1].t) / 1000);
  const byFn = new Map();
  for (const [id, v] of self) byFn.set(name(nodes.get(id)), (byFn.get(name(nodes.get(id))) ?? 0) + v);
  for (const [fn, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${fn}`);
  for (const [id, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 4)) console.log(`  stack (${v.toFixed(1)} ms): ${chain(id)}`);
}
