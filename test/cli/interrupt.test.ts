// Issue #17.5: Ctrl-C during a batch leaves only whole reports, and a summary that says it is
// partial; an earlier run's summary never sits beside new reports.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enyang } from './fixtures.js';
import { buildCli } from './runCli.js';

let cli = '';
let dir = '';
let source = '';

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'jixiao-int-'));
  source = join(dir, 'many.ndjson');
  const line = JSON.stringify(enyang());
  writeFileSync(source, `${Array.from({ length: 400 }, () => line).join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run a batch and send `signal` once `after` departments are reported done on stderr. */
function batchWithSignal(out: string, signal: NodeJS.Signals, after: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'batch', source, '-o', out, '--format', 'json', '--locale', 'en'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let sent = false;
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (!sent && (stderr.match(/\n/gu) ?? []).length >= after) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code, sig) => resolve({ code, signal: sig, stderr }));
  });
}

const reports = (out: string): string[] => readdirSync(out).filter((f) => f.startsWith('line-'));

describe('interrupted batches (#17.5)', () => {
  it('SIGINT: every report is whole, no temporary file is left, the summary says interrupted', async () => {
    const out = join(dir, 'out-int');
    mkdirSync(out);
    writeFileSync(join(out, 'summary.json'), '{"stale":true}');
    const r = await batchWithSignal(out, 'SIGINT', 3);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('interrupted');
    const files = reports(out);
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(400);
    for (const f of files) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8'))).not.toThrow();
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { interrupted?: boolean; evaluated: number; stale?: boolean };
    expect(summary.stale).toBeUndefined();
    expect(summary.interrupted).toBe(true);
    expect(summary.evaluated).toBe(files.length);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain('interrupted');
  });

  it('killed outright (SIGKILL): no stale summary from an earlier run beside the new reports', async () => {
    const out = join(dir, 'out-kill');
    mkdirSync(out);
    writeFileSync(join(out, 'summary.json'), '{"stale":true}');
    writeFileSync(join(out, 'summary.md'), '# stale');
    const r = await batchWithSignal(out, 'SIGKILL', 2);
    expect(r.signal).toBe('SIGKILL');
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
    expect(existsSync(join(out, 'summary.md'))).toBe(false);
    for (const f of reports(out)) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8'))).not.toThrow();
  });
});
