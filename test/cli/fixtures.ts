// Input files for the CLI tests, written into a temp directory at run time from the one fixture.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const FIXTURE = fileURLToPath(new URL('../../src/examples/enyang-administrative-approval-2022.json', import.meta.url));

/** The Enyang fixture as a plain object (a fresh copy each call). */
export function enyang(): Record<string, unknown> {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
}

/** The fixture with another department name (for batches). */
export function renamed(name: string): Record<string, unknown> {
  const data = enyang();
  data['department'] = { ...(data['department'] as Record<string, unknown>), name };
  return data;
}

/** A department that parses as JSON but has the wrong shape. */
export const WRONG_SHAPE = { unit: '万元', report: { evaluationYear: 'next year' }, ledger: [] };

/** Write the standard input files into `dir` and return their paths. */
export function writeInputs(dir: string): Record<'json' | 'yaml' | 'notJson' | 'wrongShape' | 'empty', string> {
  mkdirSync(dir, { recursive: true });
  const files = {
    json: join(dir, 'enyang.json'),
    yaml: join(dir, 'enyang.yaml'),
    notJson: join(dir, 'not-json.json'),
    wrongShape: join(dir, 'wrong-shape.json'),
    empty: join(dir, 'empty.yaml'),
  };
  writeFileSync(files.json, JSON.stringify(enyang(), null, 2));
  writeFileSync(files.yaml, stringify(enyang()));
  writeFileSync(files.notJson, '{ "unit": "万元", oops }');
  writeFileSync(files.wrongShape, JSON.stringify(WRONG_SHAPE));
  writeFileSync(files.empty, '');
  return files;
}
