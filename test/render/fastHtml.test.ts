/**
 * `fastHtml.ts` writes HTML itself (escaping through stringify-entities) instead of calling
 * hast-util-to-html; hast-util-to-html stays the oracle. For random trees of the shapes `toHtml`
 * builds — the same elements and properties, in HTML and in inline SVG, with hostile strings in
 * every text and attribute value — and for the whole trees of real reports, both must produce
 * the same string, byte for byte. `toHtml` itself writes through the string builder
 * (serialize/builder.ts) and `htmlTree` through the hast builder: random report views check that
 * both builders describe the same document.
 */
import fc from 'fast-check';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml as oracle } from 'hast-util-to-html';
import { beforeAll, describe, expect, test } from 'vitest';
import { hastToHtmlFast } from '../../src/render/serialize/fastHtml.js';
import { htmlTree } from '../../src/render/serialize/toHtml.js';
import { buildReport, toHtml } from '../../src/render/index.js';
import type { EvaluationResult } from '../../src/result.js';
import type { BarChart, ReportBlock, ReportSection, ReportView, TableBlock } from '../../src/render/index.js';
import { injectionResult, PAYLOADS } from './injection.support.js';
import { fixtureResult } from './support.js';

/** Characters and fragments that escaping or parsing could get wrong. */
const HOSTILE = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '`',
  '=',
  '/',
  '</script>',
  '</style>',
  '<!--',
  '&amp;',
  '&#x3C;',
  '&lt',
  '\0',
  '\x01',
  '\x7f',
  '\t',
  '\n',
  '\r',
  '\f',
  ' ',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\udfff\ud800',
  '😀',
  '\ud83d',
  '中文',
  '，',
  '（',
  '、',
  '万元',
] as const;

/** Any UTF-16 code unit (lone surrogates included), mixed with the hostile fragments. */
const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }));
const str = fc.array(unit, { maxLength: 12 }).map((a) => a.join(''));

/** The properties `toHtml` and `barChartSvg` set, each with its value shape. */
const HTML_PROPS: Record<string, 'string' | 'list'> = {
  id: 'string',
  className: 'list',
  style: 'string',
  scope: 'string',
  lang: 'string',
  ariaLabelledBy: 'list',
  charSet: 'string',
  name: 'string',
  content: 'string',
};
const SVG_PROPS: Record<string, 'string' | 'list'> = {
  id: 'string',
  className: 'list',
  role: 'string',
  ariaLabelledBy: 'list',
  viewBox: 'string',
  width: 'string',
  height: 'string',
  x: 'string',
  y: 'string',
  x1: 'string',
  y1: 'string',
  x2: 'string',
  y2: 'string',
  fill: 'string',
  fontSize: 'string',
  textAnchor: 'string',
  stroke: 'string',
  strokeWidth: 'string',
};
const HTML_TAGS = ['html', 'head', 'body', 'meta', 'title', 'style', 'main', 'header', 'h1', 'h2', 'h6', 'p', 'section', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption', 'svg'];
const SVG_TAGS = ['title', 'desc', 'rect', 'text', 'line', 'svg'];

function props(schema: Record<string, 'string' | 'list'>): fc.Arbitrary<Properties> {
  const keys = Object.keys(schema);
  return fc
    .uniqueArray(fc.constantFrom(...keys), { maxLength: 5 })
    .chain((ks) =>
      fc.tuple(
        ...ks.map((k) =>
          schema[k] === 'list' ? fc.array(str, { maxLength: 3 }).map((v): [string, string[]] => [k, v]) : str.map((v): [string, string] => [k, v]),
        ),
      ),
    )
    .map((entries) => Object.fromEntries(entries) as Properties);
}

const textNode = str.map((value): ElementContent => ({ type: 'text', value }));

/** An HTML element of our tags and properties, with the given children. */
const htmlElement = (child: fc.Arbitrary<ElementContent>): fc.Arbitrary<Element> =>
  fc.record({
    type: fc.constant('element' as const),
    tagName: fc.constantFrom(...HTML_TAGS),
    properties: props(HTML_PROPS),
    children: fc.array(child, { maxLength: 4 }),
  });

const { tree } = fc.letrec<{ tree: Element; htmlChild: ElementContent; svgChild: ElementContent }>((tie) => ({
  tree: htmlElement(tie('htmlChild')),
  htmlChild: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textNode,
    htmlElement(tie('htmlChild')),
    fc.record({
      type: fc.constant('element' as const),
      tagName: fc.constant('svg'),
      properties: props(SVG_PROPS),
      children: fc.array(tie('svgChild'), { maxLength: 4 }),
    }),
  ),
  svgChild: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textNode,
    fc.record({
      type: fc.constant('element' as const),
      tagName: fc.constantFrom(...SVG_TAGS),
      properties: props(SVG_PROPS),
      // Inside <title>/<desc> the content is HTML again: HTML children there too.
      children: fc.array(fc.oneof(tie('svgChild'), tie('htmlChild')), { maxLength: 3 }),
    }),
  ),
}));

const root = fc
  .tuple(fc.boolean(), fc.array(tree, { maxLength: 3 }))
  .map(([doctype, children]): Root => ({ type: 'root', children: [...(doctype ? [{ type: 'doctype' } as RootContent] : []), ...children] }));

describe('fastHtml: the same string as hast-util-to-html', () => {
  test('random element trees (HTML, SVG, integration points, voids) with hostile text and attributes', () => {
    fc.assert(
      fc.property(tree, (t) => {
        expect(hastToHtmlFast(t)).toBe(oracle(t));
      }),
      { numRuns: 2000 },
    );
  });

  test('random roots with a doctype', () => {
    fc.assert(
      fc.property(root, (r) => {
        expect(hastToHtmlFast(r)).toBe(oracle(r));
      }),
      { numRuns: 500 },
    );
  });

  test('edge cases: text in style, voids with empty or non-empty children, empty lists and values', () => {
    const cases: Element[] = [
      { type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: 'a < b && c </style>' }] },
      { type: 'element', tagName: 'col', properties: { style: 'width: 1%' }, children: [] },
      { type: 'element', tagName: 'col', properties: {}, children: [{ type: 'text', value: '' }] },
      { type: 'element', tagName: 'meta', properties: {}, children: [{ type: 'text', value: 'x' }] },
      { type: 'element', tagName: 'p', properties: { className: [], id: '', lang: undefined, ariaLabelledBy: ['', ' a ', ''] }, children: [] },
      { type: 'element', tagName: 'svg', properties: {}, children: [{ type: 'element', tagName: 'col', properties: {}, children: [] }] },
      {
        type: 'element',
        tagName: 'svg',
        properties: { viewBox: '0 0 1 1' },
        children: [{ type: 'element', tagName: 'title', properties: { fontSize: '1' }, children: [{ type: 'element', tagName: 'col', properties: { style: 'x' }, children: [] }] }],
      },
    ];
    for (const c of cases) expect(hastToHtmlFast(c)).toBe(oracle(c));
  });

  test('what it does not support, it refuses (no silent divergence)', () => {
    expect(() => hastToHtmlFast({ type: 'comment', value: 'x' })).toThrow(TypeError);
    expect(() => hastToHtmlFast({ type: 'element', tagName: 'p', properties: { hidden: true }, children: [] })).toThrow(TypeError);
    expect(() => hastToHtmlFast({ type: 'element', tagName: 'p', properties: { width: 3 }, children: [] })).toThrow(TypeError);
  });
});

describe('fastHtml: whole reports', () => {
  let fixture: EvaluationResult;
  let injection: EvaluationResult;
  beforeAll(async () => {
    fixture = await fixtureResult();
    injection = await injectionResult();
  });

  test('the fixture and the injection result, zh-CN and en, document and fragment, with and without charts', () => {
    for (const result of [fixture, injection]) {
      for (const options of [{}, { locale: 'en' as const }, { charts: false, appendices: false }]) {
        const view = buildReport(result, options);
        for (const fragment of [false, true]) {
          const tree = htmlTree(view, { fragment });
          const expected = oracle(tree);
          expect(toHtml(view, { fragment })).toBe(fragment ? expected : `${expected}\n`);
        }
      }
    }
    const html = toHtml(buildReport(injection));
    for (const p of PAYLOADS) expect(html).not.toContain(p.includes('<') ? p : '\0');
  });
});

describe('toHtml (string builder) = hast-util-to-html(htmlTree) for random report views', () => {
  const decimal = fc.tuple(fc.nat({ max: 99999 }), fc.nat({ max: 99 })).map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`);
  const align = fc.constantFrom('left' as const, 'right' as const, 'center' as const);
  const table: fc.Arbitrary<TableBlock> = fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.record({
      kind: fc.constant('table' as const),
      id: str,
      caption: str,
      columns: fc.array(fc.record({ label: str, align, width: str }, { requiredKeys: ['label', 'align'] }), { minLength: n, maxLength: n }),
      rows: fc.array(
        fc.record({ cells: fc.array(str, { minLength: n, maxLength: n + 1 }), level: fc.nat({ max: 8 }), emphasis: fc.boolean() }, { requiredKeys: ['cells'] }),
        { maxLength: 4 },
      ),
    }),
  );
  const chart: fc.Arbitrary<BarChart> = fc.integer({ min: 1, max: 4 }).chain((cats) =>
    fc.record({
      kind: fc.constant('bar' as const),
      title: str,
      description: str,
      unit: str,
      categories: fc.array(str, { minLength: cats, maxLength: cats }),
      series: fc.array(fc.record({ name: str, values: fc.array(decimal, { minLength: cats, maxLength: cats }) }), { minLength: 1, maxLength: 3 }),
      format: fc.constantFrom('wan' as const, 'points' as const),
    }),
  );
  const blockArb: fc.Arbitrary<ReportBlock> = fc.oneof(
    fc.record({ kind: fc.constant('paragraph' as const), text: str }),
    table,
    fc.record({ kind: fc.constant('figure' as const), id: str, caption: str, chart }),
  );
  const sectionAt = (depth: number): fc.Arbitrary<ReportSection> =>
    fc.record(
      {
        id: str,
        number: str,
        title: str,
        lang: fc.constantFrom('en' as const, 'zh-CN' as const),
        blocks: fc.array(blockArb, { maxLength: 3 }),
        sections: depth >= 3 ? fc.constant([]) : fc.array(sectionAt(depth + 1), { maxLength: 2 }),
      },
      { requiredKeys: ['id', 'number', 'title', 'blocks', 'sections'] },
    );
  const section = sectionAt(1);
  const view: fc.Arbitrary<ReportView> = fc.record({
    lang: fc.constant('zh-CN' as const),
    locale: fc.constantFrom('en' as const, 'zh-CN' as const),
    title: str,
    meta: fc.array(str, { maxLength: 2 }),
    intro: fc.array(blockArb, { maxLength: 2 }),
    sections: fc.array(section, { maxLength: 3 }),
    appendices: fc.array(section, { maxLength: 2 }),
    generator: str,
  });

  test('document and fragment', () => {
    fc.assert(
      fc.property(view, fc.boolean(), (v, fragment) => {
        const expected = oracle(htmlTree(v, { fragment }));
        expect(toHtml(v, { fragment })).toBe(fragment ? expected : `${expected}\n`);
      }),
      { numRuns: 300 },
    );
  });
});
