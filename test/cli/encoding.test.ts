// Issue #17.8: a file that is not UTF-8 is refused with the encoding to convert from, never
// evaluated with U+FFFD in its report; UTF-16 with a BOM is decoded (the BOM makes it certain).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDataBytes, readDataFile } from '../../src/cli/io.js';
import { ndjsonItems } from '../../src/cli/batch/sources.js';
import { runInProcess } from './runCli.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'src', 'examples', 'enyang-administrative-approval-2022.json');
/** `{"department":{"name":"恩阳"}}` in GB18030 (恩 = B6F7, 阳 = D1F4): Node has no GB encoder. */
const GB = Uint8Array.from([...Buffer.from('{"department":{"name":"'), 0xb6, 0xf7, 0xd1, 0xf4, ...Buffer.from('"}}')]);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-enc-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('input encodings (#17.8)', () => {
  it('GB18030 bytes are refused, naming GB18030 and the first bad byte', () => {
    const r = decodeDataBytes(GB, 'gb.json', 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.exit).toBe(1);
      expect(r.lines[0]).toContain('GB18030');
      expect(r.lines[0]).toContain('byte 23');
    }
    const latin1 = decodeDataBytes(Uint8Array.from([0x7b, 0xe9, 0x7d]), 'x.json', 'zh-CN');
    expect(latin1.ok).toBe(false);
  });

  it('UTF-16 (LE or BE) with a BOM, and UTF-8 with a BOM, are read', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const [name, bytes] of [
      ['le.json', le],
      ['be.json', be],
      ['bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ] as const) {
      writeFileSync(join(dir, name), bytes);
      const r = await readDataFile(join(dir, name), 'en');
      expect(r.ok, name).toBe(true);
      if (r.ok) expect(r.value).toEqual(JSON.parse(text));
    }
  });

  it('an NDJSON line in GB18030 is one failed department, with the same message', async () => {
    const file = join(dir, 'mixed.ndjson');
    writeFileSync(file, Buffer.concat([Buffer.from('{"a":1}\n'), GB, Buffer.from('\n{"b":2}\n')]));
    const items = [];
    for await (const i of ndjsonItems(file, 'en')) items.push(await i.read());
    expect(items.map((i) => i.ok)).toEqual([true, false, true]);
    if (!items[1]?.ok) expect(items[1]?.lines[0]).toContain('GB18030');
  });

  it('jixiao evaluate on a GB18030 file: exit 1, no report, no U+FFFD', async () => {
    writeFileSync(join(dir, 'gb.json'), GB);
    const r = await runInProcess(['evaluate', 'gb.json', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('GB18030');
    expect(r.stderr).not.toContain('\uFFFD');
  });
});
