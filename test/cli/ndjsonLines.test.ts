// Issue #17.6: one oversized NDJSON line is one skipped department, never the end of the batch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boundedLines, ndjsonItems } from '../../src/cli/batch/sources.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-ndjson-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = sizes[i % sizes.length] as number;
    yield bytes.subarray(at, at + n);
    at += n;
  }
}

describe('NDJSON lines are read with a byte cap (#17.6)', () => {
  it('a line just over the cap is skipped by size; its neighbours are read, whatever the chunking', async () => {
    const text = `{"a":"甲"}\r\n${'x'.repeat(101)}\n\n{"b":"乙"}`;
    const bytes = new TextEncoder().encode(text);
    for (const sizes of [[1], [2, 3], [7], [bytes.length]]) {
      const lines = [];
      for await (const l of boundedLines(chunked(bytes, sizes), 100)) lines.push(l);
      expect(lines).toEqual([
        { text: '{"a":"甲"}', bytes: 12 },
        { text: undefined, bytes: 101 },
        { text: '', bytes: 0 },
        { text: '{"b":"乙"}', bytes: 11 },
      ]);
    }
  });

  it('ndjsonItems: the oversized line is a failed department (exit 1 message), the third line is still evaluated', async () => {
    const file = join(dir, 'batch.ndjson');
    writeFileSync(file, `{"n":1}\n{"n":"${'9'.repeat(5000)}"}\n{"n":3}\n`);
    const items = [];
    for await (const item of ndjsonItems(file, 'en', 1000)) items.push(item);
    expect(items.map((i) => i.source)).toEqual(['batch.ndjson:1', 'batch.ndjson:2', 'batch.ndjson:3']);
    const [one, two, three] = await Promise.all(items.map((i) => i.read()));
    expect(one).toEqual({ ok: true, value: { n: 1 } });
    expect(two?.ok).toBe(false);
    if (two && !two.ok) expect(two.lines.join('\n')).toMatch(/batch\.ndjson:2.*1000/u);
    expect(three).toEqual({ ok: true, value: { n: 3 } });
  });
});
