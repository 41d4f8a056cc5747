import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Name of the spill file in its temporary folder. */
const FILE = 'summary.ndjson';

/** Signals after which the file is deleted before the process ends. */
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Bytes of records buffered before they are written to the spill file. */
const FLUSH_BYTES = 64 * 1024;

/** A failure to create, write or read the spill file (a full or read-only temp folder). */
export class SpillError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`${path}: ${code}`);
    this.name = 'SpillError';
  }
}

const codeOf = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));

/**
 * An append-only temporary file of text records, read back by position: where a batch keeps the
 * per-department strings of its summary (names, sources, report names, totals, failed rules), so
 * that what stays in memory per department is a few numbers in typed arrays, however large the
 * batch. The file lives in a fresh folder of the OS temp dir (never in the output folder), is
 * created on the first record and deleted by {@link Spill.close} (or, failing that, when the
 * process exits or is interrupted by SIGINT, SIGTERM or SIGHUP). 100,000 departments make
 * ≈ 20 MB, which the page cache holds; reading a record back is one `pread`.
 */
export class Spill {
  private dir = '';
  private fd = -1;
  private size = 0;
  private pending: string[] = [];
  private pendingBytes = 0;
  private buffer: Buffer = Buffer.alloc(4096);
  private readonly onExit = (): void => this.close();
  /**
   * Interrupted (Ctrl-C, kill): delete the file, then let the signal end the process as it would
   * have. When another listener owns the signal (the batch stops after the department in hand and
   * still writes its summary from this file), stay armed and leave the file alone.
   */
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    if (process.listenerCount(signal) > 0) {
      process.once(signal, this.onSignal);
      return;
    }
    this.close();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };

  /** Append one record; returns its byte offset (its length is `Buffer.byteLength(text)`). */
  append(text: string): number {
    if (this.fd < 0) this.open();
    const at = this.size;
    const bytes = Buffer.byteLength(text);
    this.pending.push(text);
    this.pendingBytes += bytes;
    this.size += bytes;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return at;
  }

  /** The record of `length` bytes at `offset`. */
  read(offset: number, length: number): string {
    if (this.pending.length > 0) this.flush();
    if (this.buffer.length < length) this.buffer = Buffer.alloc(Math.max(length, this.buffer.length * 2));
    let done = 0;
    while (done < length) {
      let n = 0;
      try {
        n = readSync(this.fd, this.buffer, done, length - done, offset + done);
      } catch (e) {
        throw new SpillError(this.path, codeOf(e));
      }
      if (n === 0) throw new SpillError(this.path, `truncated at byte ${offset + done}`);
      done += n;
    }
    return this.buffer.toString('utf8', 0, length);
  }

  /** Close and delete the file (idempotent). */
  close(): void {
    if (this.fd >= 0) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed: nothing to do
      }
      this.fd = -1;
    }
    if (this.dir !== '') {
      rmSync(this.dir, { recursive: true, force: true });
      this.dir = '';
      process.off('exit', this.onExit);
      for (const signal of SIGNALS) process.off(signal, this.onSignal);
    }
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Where the file is (or will be: the temp folder). */
  get path(): string {
    return this.dir === '' ? tmpdir() : join(this.dir, FILE);
  }

  private open(): void {
    try {
      this.dir = mkdtempSync(join(tmpdir(), 'jixiao-spill-'));
      process.on('exit', this.onExit);
      for (const signal of SIGNALS) process.once(signal, this.onSignal);
      this.fd = openSync(join(this.dir, FILE), 'w+');
    } catch (e) {
      throw new SpillError(this.path, codeOf(e));
    }
  }

  private flush(): void {
    const data = Buffer.from(this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
    let done = 0;
    const start = this.size - data.length;
    try {
      while (done < data.length) done += writeSync(this.fd, data, done, data.length - done, start + done);
    } catch (e) {
      throw new SpillError(this.path, codeOf(e));
    }
  }
}
