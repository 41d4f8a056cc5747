/**
 * A worker thread of `jixiao batch --jobs N` (built as dist/cli/batchWorker.js): it resolves the
 * options once (system, rule packs), then evaluates and renders each department it is sent and
 * posts back the report text and what the summary needs. Reading, writing and the summary stay on
 * the main thread, in input order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { resolveOptions } from '../evaluateData.js';
import { type BatchCliOptions, evaluateItem } from './evaluateItem.js';
import type { WorkerReply, WorkerTask } from './pool.js';

const opts = workerData as BatchCliOptions;
const port = parentPort;
const resolved = await resolveOptions(opts);
port?.on('message', (task: WorkerTask) => {
  const reply: WorkerReply = resolved.ok
    ? { seq: task.seq, outcome: evaluateItem(resolved.value, opts, task.data, task.source) }
    : { seq: task.seq, outcome: resolved };
  port.postMessage(reply);
});
port?.postMessage({ ready: true });
