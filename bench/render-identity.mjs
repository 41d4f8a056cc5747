#!/usr/bin/env node
/**
 * Byte identity of the render layer between two builds: every report the old build renders, the
 * new one must render identically. Generated departments (bench/generate.mjs, seeded, 1 … 400
 * lines, a quarter with injected ledger errors), half of them with hostile strings written into
 * the free-text fields (markup, entities, quotes, `</script>`, U+2028, lone surrogates, control
 * characters, ASCII punctuation next to CJK), rendered as HTML (document and fragment, zh-CN and
 * en, with and without charts and appendices, punctuation kept) and as Markdown.
 *
 *   cp -r dist bench/.out/dist-before   # before the change, after `npm run build`
 *   node bench/render-identity.mjs [--count=400] [--before=DIR] [--strict-markdown]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateDepartment, makeRng } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, d) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? d;
const load = async (dir) => ({
  api: await import(pathToFileURL(join(dir, 'index.js')).href),
  render: await import(pathToFileURL(join(dir, 'render', 'index.js')).href),
});
const before = await load(opt('before', join(HERE, '.out', 'dist-before')));
const after = await load(opt('after', join(HERE, '..', 'dist')));
const count = Number(opt('count', 400));

const HOSTILE = [
  '<script>alert(1)</script>',
  '</script><script>x</script>',
  '<img src=x onerror="y">',
  '&amp; &lt; & &#x26; &',
  `"double" 'single' \`back\``,
  '\u2028\u2029',
  '\ud800 lone \udfff',
  '\x00\x01\x07\x1b\x7f',
  '中文,测试;说明:是否?好!(括号)',
  '1,000 (ABC) 12:30',
  '𠀀,𠀁(𠀂)',
  '| pipe | # head * em _ [l](u)',
  '\t\n\r  spaces  ',
  '166.26万元,主要原因是测试。',
];
/** Keys whose string values (or string arrays) are free text in the input. */
const TEXT = new Set([
  'title',
  'name',
  'shortName',
  'internalUnits',
  'functions',
  'summary',
  'paragraphs',
  'problems',
  'suggestions',
  'label',
  'purpose',
  'channel',
  'conclusion',
  'noticeTitle',
  'noticeIssuer',
  'names',
  'note',
  'reason',
  'explanation',
  'description',
]);

function textPaths(node, path = [], out = []) {
  if (Array.isArray(node)) node.forEach((v, i) => textPaths(v, [...path, i], out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) textPaths(v, [...path, k], out);
  else if (typeof node === 'string') {
    const key = [...path].reverse().find((p) => typeof p === 'string');
    if (TEXT.has(key)) out.push(path);
  }
  return out;
}
const getAt = (o, p) => p.reduce((x, k) => x[k], o);
const setAt = (o, p, v) => {
  getAt(o, p.slice(0, -1))[p.at(-1)] = v;
};

/** Write hostile strings into about half of the free-text fields; undo the ones the schema rejects. */
function hostile(data, rnd) {
  const mutated = [];
  for (const p of textPaths(data)) {
    if (rnd() < 0.5) continue;
    const old = getAt(data, p);
    const h = HOSTILE[Math.floor(rnd() * HOSTILE.length)];
    const v = rnd() < 0.3 ? h : rnd() < 0.5 ? `${old}${h}` : `${h}${old}`;
    setAt(data, p, v);
    mutated.push([p, old]);
  }
  for (let tries = 0; tries < 10; tries++) {
    const r = before.api.safeParseEvaluationInput(data);
    if (r.ok) return mutated.length;
    const bad = new Set(r.issues.map((i) => JSON.stringify(i.path)));
    let undone = 0;
    for (const [p, old] of mutated) {
      if ([...bad].some((b) => JSON.stringify(p).startsWith(b.slice(0, -1)))) {
        setAt(data, p, old);
        undone++;
      }
    }
    if (undone === 0) for (const [p, old] of mutated) setAt(data, p, old);
  }
  return 0;
}

const VARIANTS = [
  ['html', {}],
  ['html en', { locale: 'en' }],
  ['html fragment', { fragment: true }],
  ['html no charts/appendices', { charts: false, appendices: false }],
  ['html punctuation preserved', { punctuation: 'preserve' }],
];
let reports = 0;
let markdownDiffers = 0;
let hostileCount = 0;
let chars = 0;
let escaped = 0;
for (let i = 0; i < count; i++) {
  const rnd = makeRng(`identity:${i}`).next;
  const lines = [1, 3, 10, 30, 100, 400][i % 6];
  const data = generateDepartment({ seed: `identity:${i}`, lines });
  if (i % 2 === 1 && hostile(data, rnd) > 0) hostileCount++;
  const result = before.api.evaluateDepartment(data);
  for (const [label, options] of VARIANTS) {
    const a = before.render.renderHtml(result, options);
    const b = after.render.renderHtml(result, options);
    if (a !== b) {
      let at = 0;
      while (a[at] === b[at]) at++;
      throw new Error(
        `department ${i} (${lines} lines), ${label}: HTML differs at ${at}:\n  before …${JSON.stringify(a.slice(at - 60, at + 60))}\n  after  …${JSON.stringify(b.slice(at - 60, at + 60))}`,
      );
    }
    chars += a.length;
    if (a.includes('&#x3C;script') || a.includes('\u2028') || a.includes('\ud800')) escaped++;
    reports++;
  }
  for (const options of [{}, { locale: 'en' }]) {
    const a = before.render.renderMarkdown(result, options);
    const b = after.render.renderMarkdown(result, options);
    if (a !== b) {
      // Since issue #15 Markdown has its own serialiser instead of mdast-util-to-markdown, and it
      // escapes hostile text differently (`|` in a paragraph is escaped, `](` is not). Whether its
      // output reads back as the view is tested by parsing it with the real parser
      // (test/render/markdown.test.ts, injection.test.ts), not here. So across #15 a Markdown difference is
      // counted, not fatal; --strict-markdown makes it fatal again (for A/Bs after #15).
      let at = 0;
      while (a[at] === b[at]) at++;
      const where = `department ${i} (${lines} lines, ${options.locale ?? 'zh-CN'}): Markdown differs at ${at}:\n  before …${JSON.stringify(a.slice(at - 60, at + 60))}\n  after  …${JSON.stringify(b.slice(at - 60, at + 60))}`;
      if (argv.includes('--strict-markdown')) throw new Error(where);
      if (markdownDiffers === 0) console.log(where);
      markdownDiffers++;
    }
    reports++;
  }
}
console.log(
  `${markdownDiffers ? `Markdown differs in ${markdownDiffers} renderings (the first is shown above); otherwise ` : ''}identical: ${reports} renderings of ${count} generated departments (${hostileCount} with hostile text; ${escaped} HTML renderings carry escaped markup, U+2028 or a lone surrogate), ${(chars / 1e6).toFixed(1)} M characters of HTML`,
);
