// `npm run typecheck` runs `schema-types --check`: the generated types of the exported zod schemas
// (src/*/schema/types.generated.ts, for isolatedDeclarations) must be what the schemas infer today.
// TypeScript alone would not notice the drift tested here: a schema with an extra field still fits
// the older, narrower annotation. The check runs on a copy of the sources under .tmp/.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoTempDir, ROOT } from '../package/buildPackage.js';

const run = promisify(execFile);
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of what the script reads: the sources, its tsconfig and prettier settings, node_modules linked. */
function copyRepo(): string {
  const dir = repoTempDir('schema-types');
  copies.push(dir);
  for (const name of ['src', 'scripts', 'tsconfig.json', 'tsconfig.lib.json', '.prettierrc.json', 'package.json'])
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

describe('schema-types --check', () => {
  it('fails, naming the generated file, when a schema gains a field its generated type lacks', async () => {
    const dir = copyRepo();
    const file = join(dir, 'src/model/schema/input.ts');
    const text = readFileSync(file, 'utf8');
    const drifted = text.replace(/export const WaiverSchema: WaiverSchemaType = z\.strictObject\(\{/, '$&\n  extra: z.string().optional(),');
    expect(drifted).not.toBe(text);
    writeFileSync(file, drifted);
    const r = await run(process.execPath, ['scripts/schema-types.mjs', '--check'], { cwd: dir }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('src/model/schema/types.generated.ts');
    expect(r.stderr).not.toContain('src/scoring/schema/types.generated.ts');
  }, 240_000);
});
