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

/**
 * `text` in GB18030, for the tests (Node decodes GB18030 but has no encoder): each character's bytes
 * are found by decoding every two-byte sequence and every four-byte sequence of the BMP with Node's
 * own decoder, so the encoding is the exact inverse of what `--encoding gb18030` reads.
 */
function gb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const c = dec.decode(Uint8Array.of(a, b));
      if (c.length === 1 && c !== '\uFFFD' && !table.has(c)) table.set(c, [a, b]);
    }
  }
  for (let a = 0x81; a <= 0x84; a++)
    for (let b = 0x30; b <= 0x39; b++)
      for (let c2 = 0x81; c2 <= 0xfe; c2++)
        for (let d = 0x30; d <= 0x39; d++) {
          const c = dec.decode(Uint8Array.of(a, b, c2, d));
          if (c.length === 1 && c !== '\uFFFD' && !table.has(c)) table.set(c, [a, b, c2, d]);
        }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (bytes === undefined) throw new Error(`no GB18030 bytes for U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}

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
      expect(r.lines[0]).toContain('--encoding gb18030');
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

  describe('--encoding', () => {
    const text = readFileSync(FIXTURE, 'utf8');

    it('evaluate reads a GB18030 file as the UTF-8 one: the same JSON report', async () => {
      const bytes = gb18030(text);
      expect(new TextDecoder('gb18030').decode(bytes)).toBe(text);
      writeFileSync(join(dir, 'enyang-gb.json'), bytes);
      writeFileSync(join(dir, 'enyang-utf8.json'), text);
      const gb = await runInProcess(['evaluate', 'enyang-gb.json', '--encoding', 'gb18030', '--format', 'json'], { cwd: dir });
      const utf8 = await runInProcess(['evaluate', 'enyang-utf8.json', '--format', 'json'], { cwd: dir });
      expect(gb.code).toBe(0);
      expect(JSON.parse(gb.stdout).score.total).toBe('98');
      expect(gb.stdout).toBe(utf8.stdout);
      // GBK is a label of the same decoder; validate takes the option too
      expect((await runInProcess(['validate', 'enyang-gb.json', '--encoding', 'GBK', '--shape-only'], { cwd: dir })).code).toBe(0);
    });

    it('a label TextDecoder does not know is a usage error (exit 2)', async () => {
      const r = await runInProcess(['evaluate', 'enyang-utf8.json', '--encoding', 'gb-nonsense', '--locale', 'en'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--encoding');
    });

    it('bytes that are not valid in the named encoding are refused, never read with U+FFFD', () => {
      const bad = decodeDataBytes(Uint8Array.from([0x7b, 0x81, 0x20, 0x7d]), 'bad.json', 'en', 'gb18030');
      expect(bad.ok).toBe(false);
      if (!bad.ok) expect(bad.lines[0]).toBe('bad.json is not valid gb18030 text: check --encoding (the default is UTF-8)');
    });

    it('batch reads a GB18030 NDJSON file line by line; UTF-16 is refused for NDJSON (exit 2)', async () => {
      const line = JSON.stringify(JSON.parse(text));
      writeFileSync(join(dir, 'gb.ndjson'), gb18030(`${line}\n${line.replaceAll('巴中市恩阳区行政审批局', '巴中市恩阳区教育局')}\n`));
      const r = await runInProcess(['batch', 'gb.ndjson', '-o', 'out-gb', '--encoding', 'gb18030', '--summary-only', '--locale', 'en', '--jobs', '1'], {
        cwd: dir,
      });
      expect(r.code).toBe(0);
      const summary = JSON.parse(readFileSync(join(dir, 'out-gb', 'summary.json'), 'utf8')) as { ranking: { name: string; total: string }[] };
      expect(summary.ranking.map((x) => [x.name, x.total])).toEqual([
        ['巴中市恩阳区行政审批局', '98'],
        ['巴中市恩阳区教育局', '98'],
      ]);
      const u16 = await runInProcess(['batch', 'gb.ndjson', '-o', 'out-16', '--encoding', 'utf-16le', '--locale', 'en'], { cwd: dir });
      expect(u16.code).toBe(2);
      expect(u16.stderr).toContain('NDJSON');
    });
  });
});
