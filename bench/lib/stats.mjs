/**
 * Measurement on top of tinybench: each task is run in several short rounds, in rotated order, and
 * its figure is the MEDIAN of the round means. One round disturbed by another process on the
 * machine (a test run, a build) then cannot move the result; the pooled samples still give p50/p99.
 *
 * Clock: by default the process's CPU time (user + system, `process.cpuUsage()`, 1 µs granularity)
 * rather than wall time, so that time spent waiting for a core taken by another process is not
 * counted: on a shared 2-core machine that is the difference between a usable and a useless
 * figure. It includes GC helper threads, i.e. it is the CPU cost of the call. `--clock=wall` uses
 * performance.now(). Fast tasks are run k times per sample (k chosen so a sample is ≥ 2 ms) and
 * the figures divided by k, so the clock's granularity and cost do not matter.
 */
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { Bench } from 'tinybench';

let sink; // results are kept here so the JIT cannot drop the measured work
export const keep = (x) => {
  sink = x;
  return x;
};
export const lastSink = () => sink;

const quantile = (sorted, q) => {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
};
/** The median (the mean of the middle two for an even count). */
export const median = (xs) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

/**
 * @typedef {{ id: string, group: string, label: string, fn: () => unknown, heavy?: boolean, unit?: string }} TaskSpec
 * @typedef {{ id: string, group: string, label: string, mean: number, p50: number, p99: number, min: number,
 *   hz: number, rme: number, samples: number, rounds: number[] }} Measured
 */

/**
 * Measure tasks. `time` is the budget per task per round in ms; heavy tasks (one call > ~20 ms)
 * get a smaller minimum iteration count so the total stays within budget.
 * @param {TaskSpec[]} tasks
 * @param {{ rounds?: number, time?: number, onTask?: (m: Measured) => void }} [opts]
 * @returns {Promise<Map<string, Measured>>}
 */
export const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Call `fn` for `ms` of wall time; the process CPU time per call, in µs (the A/B scripts' slice). */
export function cpuPerCall(fn, ms) {
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    fn();
    n++;
  }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
}

/** Repetitions per sample so that one sample takes ≥ `minMs` on `now`. */
async function calibrate(t, now, minMs) {
  for (let i = 0; i < 3; i++) await t.fn(); // first calls compile
  let k = 1;
  for (;;) {
    const s = now();
    for (let i = 0; i < k; i++) await t.fn();
    const ms = now() - s;
    if (ms >= minMs || k >= 1 << 16) return k;
    k = Math.min(1 << 16, Math.max(k * 2, Math.ceil((k * minMs * 1.2) / Math.max(ms, 0.001))));
  }
}

/**
 * Run a task until V8 has compiled its hot code: `calls` calls or `ms` of wall time, whichever comes
 * first. evaluateDepartment runs through a few hundred functions; they reach optimised code only
 * after ≈ 2,000 calls (per-call CPU time falls from ≈ 10 ms on the first calls to its steady value
 * over the first 2,000), and until then the concurrent compiler threads, which the CPU clock
 * counts, are billed to the samples. A batch re-evaluating thousands of departments runs in that
 * steady state; the native JSON floor has none of this warm-up, so without it the ratios measure
 * the JIT, not the library.
 */
async function warmUp(t, { calls, ms }) {
  const end = performance.now() + ms;
  for (let i = 0; i < calls && performance.now() < end; i++) await t.fn();
}

export async function measure(tasks, { rounds = 3, time = 400, clock = 'cpu', minSampleMs = 2, warm = { calls: 2000, ms: 1500 }, onProgress } = {}) {
  const now = clock === 'cpu' ? cpuNow : () => performance.now();
  const pooled = new Map(tasks.map((t) => [t.id, { samples: [], roundMeans: [] }]));
  const reps = new Map();
  for (const t of tasks) await warmUp(t, warm);
  for (const t of tasks) reps.set(t.id, await calibrate(t, now, minSampleMs));
  for (let r = 0; r < rounds; r++) {
    const order = tasks.map((_, i) => tasks[(i + r) % tasks.length]);
    if (r % 2 === 1) order.reverse();
    for (const t of order) {
      const k = reps.get(t.id);
      const fn =
        k === 1
          ? t.fn
          : t.async
            ? async () => {
                for (let i = 0; i < k; i++) await t.fn();
              }
            : () => {
                for (let i = 0; i < k; i++) t.fn();
              };
      const bench = new Bench({
        now,
        time,
        iterations: t.heavy ? 3 : 16,
        warmup: true,
        warmupTime: r === 0 ? Math.min(250, time) : 50,
        warmupIterations: t.heavy ? 1 : 8,
        retainSamples: true,
        throws: true,
      });
      bench.add(t.label, fn);
      // Collect the young garbage the previous task left, so that it is not billed to this one; this
      // task's own garbage is still collected, and billed, during its samples. A minor GC, not a
      // full one: a forced full GC shrinks the young generation, and the task that follows then
      // pays for many more scavenges (renderHtml measured 890 µs after gc(), 709 µs after a minor
      // gc, 736 µs with none, in one session). Needs node --expose-gc (npm run bench passes it).
      globalThis.gc?.({ type: 'minor' });
      await bench.run();
      const [task] = bench.tasks;
      const res = task.result;
      if (res.state !== 'completed') throw new Error(`${t.id}: ${res.state} ${res.error ?? ''}`);
      const p = pooled.get(t.id);
      for (const x of res.latency.samples) p.samples.push(x / k);
      p.roundMeans.push(res.latency.mean / k);
      onProgress?.(t, r, res.latency.mean / k, k);
    }
  }
  const out = new Map();
  for (const t of tasks) {
    const { samples, roundMeans } = pooled.get(t.id);
    const sorted = [...samples].sort((a, b) => a - b);
    const n = sorted.length;
    const mean = median(roundMeans);
    const pooledMean = sorted.reduce((a, x) => a + x, 0) / n;
    const sd = Math.sqrt(sorted.reduce((a, x) => a + (x - pooledMean) ** 2, 0) / Math.max(1, n - 1));
    out.set(t.id, {
      id: t.id,
      group: t.group,
      label: t.label,
      mean,
      p50: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
      min: sorted[0],
      hz: 1000 / mean,
      rme: (100 * 1.96 * sd) / Math.sqrt(n) / pooledMean,
      samples: n,
      repsPerSample: reps.get(t.id),
      rounds: roundMeans,
    });
  }
  return out;
}

/** Human time from milliseconds. */
export function fmtTime(ms) {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Human rate. */
export function fmtRate(hz) {
  if (!Number.isFinite(hz)) return '—';
  if (hz >= 1e6) return `${(hz / 1e6).toFixed(2)} M/s`;
  if (hz >= 1e3) return `${(hz / 1e3).toFixed(1)} k/s`;
  return `${hz.toFixed(hz < 10 ? 2 : 0)} /s`;
}

/** A plain-text table (no dependency): columns are padded by display width (CJK counts double). */
export function textTable(header, rows) {
  const width = (s) => [...String(s)].reduce((a, ch) => a + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const cols = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const pad = (s, i) => {
    const str = String(s ?? '');
    const fill = ' '.repeat(cols[i] - width(str));
    return i === 0 || i === 1 ? str + fill : fill + str;
  };
  const line = (r) => r.map(pad).join('  ');
  return [line(header), cols.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A Markdown table. */
export function mdTable(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );
}

/**
 * The collections V8 reports from now on (`PerformanceObserver`, entry type `gc`): mark-compacts and
 * main-thread GC time in ms since the last `start()`. The observer reports asynchronously:
 * `start()` and `stop()` first let it report what came before them.
 * @returns {{ start: () => Promise<void>, stop: () => Promise<{ markCompacts: number, ms: number }> }}
 */
export function gcCounter() {
  let now = { markCompacts: 0, ms: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      now.ms += e.duration;
      if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) now.markCompacts++;
    }
  }).observe({ entryTypes: ['gc'] });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return {
    start: async () => {
      await settle();
      now = { markCompacts: 0, ms: 0 };
    },
    stop: async () => {
      await settle();
      return { ...now };
    },
  };
}
