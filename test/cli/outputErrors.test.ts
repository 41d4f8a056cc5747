// Issue #17.7: an output that cannot be written is an I/O error (exit 4, one clear line), not
// "invalid input" (exit 1) with a stack, and a folder that cannot be created never hangs.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDirectory } from '../../src/cli/io.js';
import { writeInputs } from './fixtures.js';
import { buildCli, type CliRun, runCli } from './runCli.js';

let cli = '';
let dir = '';
let files: ReturnType<typeof writeInputs>;

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'jixiao-out-'));
  files = writeInputs(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the CLI with stdout sent to a file descriptor (such as /dev/full). */
function runToFd(args: readonly string[], fd: number): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: dir, stdio: ['ignore', fd, 'pipe'] });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: '', stderr }));
  });
}

describe('output errors (#17.7)', () => {
  it.runIf(existsSync('/dev/full'))('evaluate > /dev/full: exit 4, one line naming stdout, no stack', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      for (const args of [['evaluate', files.json], ['demo'], ['systems', '--json']]) {
        const r = await runToFd(args, fd);
        expect(r.code, r.stderr).toBe(4);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/stdout.*ENOSPC/u);
        expect(r.stderr).not.toMatch(/\n\s+at /u);
      }
    } finally {
      closeSync(fd);
    }
  });

  it('-o under a file, or under /proc, ends with exit 4 (no endless recursive mkdir)', async () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    const targets = [join(file, 'sub', 'report.md'), ...(existsSync('/proc/self') ? ['/proc/jixiao-no/such/report.md'] : [])];
    for (const out of targets) {
      const r = await runCli(cli, ['evaluate', files.json, '-o', out], { cwd: dir });
      expect(r.code, r.stderr).toBe(4);
      expect(r.stderr).toContain(out);
    }
  });

  it('ensureDirectory creates missing levels one at a time and refuses a file in the way', async () => {
    const deep = join(dir, 'a', 'b', 'c');
    await ensureDirectory(deep);
    expect(existsSync(deep)).toBe(true);
    await ensureDirectory(deep); // idempotent
    writeFileSync(join(dir, 'f'), 'x');
    await expect(ensureDirectory(join(dir, 'f', 'x'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    if (existsSync('/proc/self')) await expect(ensureDirectory('/proc/jixiao-no/such')).rejects.toBeDefined();
  });
});

describe('-o to a special file (#17.5 atomic writes keep it working)', () => {
  it.runIf(existsSync('/dev/null'))('-o /dev/null is written in place, never replaced by a rename', async () => {
    const r = await runCli(cli, ['evaluate', files.json, '-o', '/dev/null'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
