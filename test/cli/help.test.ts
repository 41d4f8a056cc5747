import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from './runCli.js';

let cli = '';
const jixiao = (...args: string[]) => runCli(cli, args);

beforeAll(async () => {
  cli = await buildCli();
});

describe('help and version', () => {
  it('--help on every command: exit 0, usage and the exit-code table', async () => {
    for (const cmd of [[], ['demo'], ['evaluate'], ['validate'], ['import-system'], ['systems'], ['rules'], ['batch']]) {
      const r = await jixiao(...cmd, '--help');
      expect(r.code, cmd.join(' ')).toBe(0);
      expect(r.stdout).toContain(`Usage: jixiao${cmd.length ? ` ${cmd[0]}` : ''}`);
      expect(r.stdout).toContain('Exit codes');
      expect(r.stdout).toContain('3  batch partly failed');
    }
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const r = await jixiao('--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });
});
