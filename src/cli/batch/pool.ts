import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Outcome } from '../outcome.js';
import type { BatchCliOptions, RecordedResult } from './evaluateItem.js';

/** One department sent to a worker. */
export interface WorkerTask {
  readonly seq: number;
  readonly source: string;
  readonly data: unknown;
}

/** A worker's answer for one department. */
export interface WorkerReply {
  readonly seq: number;
  readonly outcome: Outcome<{ readonly result: RecordedResult; readonly text: string }>;
}

/** A pool of worker threads evaluating departments. */
export interface Pool {
  readonly run: (task: WorkerTask) => Promise<WorkerReply['outcome']>;
  readonly close: () => Promise<void>;
}

/**
 * The built worker script beside the CLI (dist/cli/batchWorker.js); undefined when the CLI runs
 * from sources, where there is no built worker (then the batch evaluates in-process).
 */
export function workerScript(): URL | undefined {
  for (const candidate of ['./batchWorker.js', './cli/batchWorker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** Start `size` workers; tasks go to the worker with the fewest in hand. */
export function createPool(script: URL, size: number, opts: BatchCliOptions, internalError: (detail: string) => string): Pool {
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(script, { workerData: { ...opts } });
    const waiting = new Map<number, (o: WorkerReply['outcome']) => void>();
    const entry = { worker, waiting };
    worker.on('message', (m: WorkerReply | { ready: true }) => {
      if (!('seq' in m)) return;
      const resolve = waiting.get(m.seq);
      waiting.delete(m.seq);
      resolve?.(m.outcome);
    });
    const failAll = (detail: string): void => {
      for (const resolve of waiting.values()) resolve({ ok: false, exit: 5, lines: [internalError(detail)] });
      waiting.clear();
    };
    worker.on('error', (e) => failAll(e.message));
    worker.on('exit', (code) => failAll(`worker exited (${code})`));
    return entry;
  });
  return {
    run: (task) =>
      new Promise((resolve) => {
        const target = workers.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
        target.waiting.set(task.seq, resolve);
        target.worker.postMessage(task);
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
