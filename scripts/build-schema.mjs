// Writes schema/evaluation-input.schema.json from the built model (run after tsup).
// The JSON Schema describes what callers may pass (zod's `io: 'input'` view): editors and
// other languages can validate an input file with it before handing it to jixiao.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'schema', 'evaluation-input.schema.json');

const { EvaluationInputSchema } = await import(pathToFileURL(join(root, 'dist', 'model', 'index.js')).href);
if (!EvaluationInputSchema) throw new Error('[jixiao] dist/model/index.js does not export EvaluationInputSchema: run tsup first');

const generated = z.toJSONSchema(EvaluationInputSchema, {
  io: 'input',
  unrepresentable: 'any',
  target: 'draft-2020-12',
});

// `$schema` first, then a title; no `$id`: the file is shipped with the package, not served.
const { $schema, ...rest } = generated;
const schema = { $schema, title: 'jixiao evaluation input', ...rest };

await mkdir(dirname(outFile), { recursive: true });
await writeFile(outFile, `${JSON.stringify(schema, null, 2)}\n`);
// Quiet on success: `npm run demo` pipes the report on stdout right after the build.
