// A minimal import resolver (eslint-module-utils interface 2) for eslint-plugin-boundaries: our
// sources import siblings as `./x.js` while the file on disk is `x.ts` (verbatimModuleSyntax, ESM).
// Bare specifiers resolve through Node. Kept local so that linting needs no native resolver binary.
'use strict';
const { existsSync, statSync } = require('node:fs');
const { createRequire, builtinModules } = require('node:module');
const { dirname, resolve } = require('node:path');

const isFile = (path) => existsSync(path) && statSync(path).isFile();

function resolveLocal(path) {
  const candidates = [path];
  if (/\.[cm]?js$/.test(path)) candidates.push(path.replace(/\.([cm]?)js$/, '.$1ts'), path.replace(/\.([cm]?)js$/, '.d.$1ts'));
  candidates.push(`${path}.ts`, `${path}/index.ts`);
  return candidates.find(isFile) ?? null;
}

module.exports = {
  interfaceVersion: 2,
  resolve(source, file) {
    if (source.startsWith('node:') || builtinModules.includes(source)) return { found: true, path: null };
    if (source.startsWith('.') || source.startsWith('/')) {
      const path = resolveLocal(resolve(dirname(file), source));
      return path ? { found: true, path } : { found: false };
    }
    try {
      return { found: true, path: createRequire(file).resolve(source) };
    } catch {
      return { found: false };
    }
  },
};
