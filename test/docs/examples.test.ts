/**
 * House rule: every public export carries TSDoc with an `@example` that imports from its public
 * subpath. This builds one TypeScript program over the seven entry files (the package's
 * `exports`), follows every re-export to its declaration and lists those without an example.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Public subpath → entry file. */
const ENTRIES: Readonly<Record<string, string>> = {
  jixiao: 'src/index.ts',
  'jixiao/model': 'src/model/index.ts',
  'jixiao/rules': 'src/rules/index.ts',
  'jixiao/scoring': 'src/scoring/index.ts',
  'jixiao/render': 'src/render/index.ts',
  'jixiao/xlsx': 'src/xlsx/index.ts',
  'jixiao/docx': 'src/docx/index.ts',
  'jixiao/examples': 'src/examples/index.ts',
};

interface PublicExport {
  readonly subpath: string;
  readonly name: string;
  readonly file: string;
  readonly examples: readonly string[];
  /** The declaration's symbol, shared by every subpath that re-exports it. */
  readonly symbol: ts.Symbol;
}

function publicExports(): PublicExport[] {
  const files = Object.values(ENTRIES).map((f) => resolve(root, f));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const out: PublicExport[] = [];
  for (const [subpath, file] of Object.entries(ENTRIES)) {
    const sf = program.getSourceFile(resolve(root, file));
    if (!sf) throw new Error(`entry not found: ${file}`);
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) throw new Error(`not a module: ${file}`);
    for (const ex of checker.getExportsOfModule(moduleSymbol)) {
      const target = ex.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(ex) : ex;
      const decl = target.declarations?.[0];
      const examples = target
        .getJsDocTags(checker)
        .filter((t) => t.name === 'example')
        .map((t) => ts.displayPartsToString(t.text));
      out.push({ subpath, name: ex.getName(), file: decl ? relative(root, decl.getSourceFile().fileName) : '?', examples, symbol: target });
    }
  }
  return out;
}

describe('TSDoc examples', () => {
  let cached: PublicExport[] | undefined;
  const exportsOnce = (): PublicExport[] => (cached ??= publicExports());

  it('finds the public exports of all seven entry points', () => {
    const all = exportsOnce();
    for (const subpath of Object.keys(ENTRIES))
      expect(
        all.some((e) => e.subpath === subpath),
        subpath,
      ).toBe(true);
  });

  it('every public export has an @example', () => {
    const bySymbol = new Map<ts.Symbol, { name: string; file: string; subpaths: string[] }>();
    for (const e of exportsOnce().filter((x) => x.examples.length === 0)) {
      const entry = bySymbol.get(e.symbol) ?? { name: e.name, file: e.file, subpaths: [] };
      entry.subpaths.push(e.subpath);
      bySymbol.set(e.symbol, entry);
    }
    const missing = [...bySymbol.values()].map((e) => `${e.name} (${e.subpaths.join(', ')}) <- ${e.file}`).sort();
    expect(missing, `exports without an @example:\n${missing.join('\n')}`).toEqual([]);
  });

  it('every @example is a ts block importing from a subpath that exports the symbol', () => {
    const all = exportsOnce();
    const subpathsOf = new Map<ts.Symbol, Set<string>>();
    for (const e of all) {
      const set = subpathsOf.get(e.symbol) ?? new Set<string>();
      set.add(e.subpath);
      subpathsOf.set(e.symbol, set);
    }
    const bad = new Set<string>();
    for (const e of all) {
      const subpaths = [...(subpathsOf.get(e.symbol) ?? [])];
      for (const text of e.examples) {
        const fenced = /```ts\n[\s\S]*```/.test(text);
        const imports = subpaths.some((p) => text.includes(`from '${p}'`));
        if (!fenced || !imports) bad.add(`${e.name} <- ${e.file}: ${fenced ? `imports from none of ${subpaths.join(', ')}` : 'no ```ts block'}`);
      }
    }
    expect([...bad].sort(), `examples not importing from their public subpath:\n${[...bad].join('\n')}`).toEqual([]);
  });
});
