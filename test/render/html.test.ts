/**
 * `toHtml` writes HTML itself; the real parser is its judge. For random report views with
 * hostile strings everywhere, the output parsed back by hast-util-from-html (parse5, as a
 * browser parses) has exactly the elements of the view — sections with their ids and headings,
 * paragraphs, tables with caption, header cells and one cell per value, figures with an SVG
 * whose `<title>` and `<desc>` are the chart's — and every text and attribute reads back as
 * written. No element or attribute comes from text.
 */
import fc from 'fast-check';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { toHtml } from '../../src/render/index.js';
import type { ReportBlock, ReportSection, ReportView } from '../../src/render/index.js';
import { str, viewArb } from './arbitraries.js';

/** What an HTML parser does to any text before it is parsed: line endings become `\n`. */
const norm = (s: string): string => s.replace(/\r\n?/g, '\n');

type Simple = [tag: string, attrs: Record<string, string>, content: (Simple | string)[]];

/** An element as [tag, the attributes we check, children]: text as strings, elements recursively. */
function simplify(e: Element, keep: readonly string[]): Simple {
  const attrs: Record<string, string> = {};
  for (const k of keep) {
    const v = e.properties[k];
    if (v !== undefined) attrs[k] = Array.isArray(v) ? v.join(' ') : String(v);
  }
  const content: (Simple | string)[] = [];
  for (const c of e.children) {
    if (c.type === 'text') content.push(c.value);
    else if (c.type === 'element') content.push(simplify(c, keep));
    else content.push(`<${c.type}>`);
  }
  return [e.tagName, attrs, content];
}

const KEEP = ['id', 'lang', 'dataRuleId', 'dataIndicatorId'];
const text = (s: string): string[] => (s === '' ? [] : [norm(s)]);

/** The data attributes a row should carry: those named by our keys (`rule-id` → dataRuleId); other keys are not checked here. */
function rowData(data: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (data?.['rule-id'] !== undefined) out.dataRuleId = norm(data['rule-id']);
  if (data?.['indicator-id'] !== undefined) out.dataIndicatorId = norm(data['indicator-id']);
  return out;
}

/** The title: two unbreakable pieces around 关于 (department / subject), else plain text. */
function heading1(title: string): Simple {
  const at = title.indexOf('关于');
  if (at <= 0) return ['h1', {}, text(title)];
  return [
    'h1',
    {},
    [
      ['span', {}, text(title.slice(0, at))],
      ['wbr', {}, []],
      ['span', {}, text(title.slice(at))],
    ],
  ];
}

/** 附件说明 and 落款, one paragraph per line, when there is any. */
function closing(view: ReportView): Simple[] {
  const c = view.closing;
  if (!c || (c.annexes.length === 0 && c.signature.length === 0)) return [];
  return [['div', {}, [...c.annexes, ...c.signature].map((l): Simple => ['p', {}, text(l)])]];
}

/** What the `<main>` of a view should read back as (ids and lang; the chart's drawing is not compared, its title and description are). */
function expectedMain(view: ReportView): Simple {
  const block = (b: ReportBlock): Simple => {
    if (b.kind === 'paragraph') return ['p', {}, text(b.text)];
    if (b.kind === 'table')
      return [
        'div',
        {},
        [
          [
            'table',
            { id: norm(b.id) },
            [
              ['caption', {}, text(b.caption)],
              ['colgroup', {}, b.columns.map((): Simple => ['col', {}, []])],
              ['thead', {}, [['tr', {}, b.columns.map((c): Simple => ['th', {}, text(c.label)])]]],
              ['tbody', {}, b.rows.map((r): Simple => ['tr', rowData(r.data), r.cells.map((c): Simple => ['td', {}, text(c)])])],
            ],
          ],
        ],
      ];
    return [
      'figure',
      { id: norm(b.id) },
      [
        [
          'svg',
          {},
          [
            ['title', { id: `${norm(b.id)}-title` }, text(b.chart.title)],
            ['desc', { id: `${norm(b.id)}-desc` }, text(b.chart.description)],
          ],
        ],
        ['figcaption', {}, text(b.caption)],
      ],
    ];
  };
  const section = (s: ReportSection, depth: number): Simple => {
    const attrs: Record<string, string> = { id: norm(s.id) };
    if (s.lang) attrs.lang = s.lang;
    return [
      'section',
      attrs,
      [
        ...(s.label !== undefined ? [['p', {}, text(s.label)] as Simple] : []),
        [`h${Math.min(depth + 1, 6)}`, { id: `${norm(s.id)}-h` }, text(`${s.number}${s.title}`)],
        ...s.blocks.map(block),
        ...s.sections.map((c) => section(c, depth + 1)),
      ],
    ];
  };
  return [
    'main',
    {},
    [
      ['header', {}, [heading1(view.title), ...view.meta.map((m): Simple => ['p', {}, text(m)])]],
      ...view.intro.map(block),
      ...view.sections.map((s) => section(s, 1)),
      ...closing(view),
      ...view.appendices.map((s) => section(s, 1)),
    ],
  ];
}

/** The SVG of a figure keeps only its title and description (its bars and labels are drawing). */
function pruneSvg(s: Simple): Simple {
  const [tag, attrs, content] = s;
  if (tag === 'svg') return [tag, {}, content.filter((c): c is Simple => typeof c !== 'string' && (c[0] === 'title' || c[0] === 'desc'))];
  return [tag, attrs, content.map((c) => (typeof c === 'string' ? c : pruneSvg(c)))];
}

const find = (node: Root | RootContent, tag: string): Element | undefined => {
  if (node.type === 'element' && node.tagName === tag) return node;
  if ('children' in node)
    for (const c of node.children) {
      const hit = find(c, tag);
      if (hit) return hit;
    }
  return undefined;
};

/** The views of `viewArb` without NUL: the parser drops it from HTML text (U+FFFD in SVG and `<title>`); attributes test it. */
const noNul = (s: string): string => s.replace(/\0/g, '');
const cleanView = viewArb.map((v) => JSON.parse(JSON.stringify(v), (_k, x: unknown) => (typeof x === 'string' ? noNul(x) : x)) as ReportView);

describe('toHtml parsed back by hast-util-from-html', () => {
  test('random views with hostile strings: the same elements, ids and text (document)', () => {
    fc.assert(
      fc.property(cleanView, (view) => {
        const tree = fromHtml(toHtml(view));
        expect(pruneSvg(simplify(find(tree, 'main') as Element, KEEP))).toEqual(expectedMain(view));
        expect(simplify(find(tree, 'title') as Element, []).at(2)).toEqual(text(view.title));
        const generator = find(tree, 'head')?.children.find((c) => c.type === 'element' && c.properties.name === 'generator');
        expect(generator?.type === 'element' && generator.properties.content).toBe(norm(view.generator));
      }),
      { numRuns: 200 },
    );
  });

  test('random views: the fragment is the same <main>, and nothing outside it', () => {
    fc.assert(
      fc.property(cleanView, (view) => {
        const frag = fromHtml(toHtml(view, { fragment: true }), { fragment: true });
        expect(frag.children).toHaveLength(1);
        expect(pruneSvg(simplify(frag.children[0] as Element, KEEP))).toEqual(expectedMain(view));
      }),
      { numRuns: 100 },
    );
  });

  test('attribute values with quotes, ampersands, backticks and NUL stay one attribute', () => {
    fc.assert(
      fc.property(str, (id) => {
        const view: ReportView = {
          lang: 'zh-CN',
          locale: 'zh-CN',
          title: 't',
          meta: [],
          intro: [],
          sections: [{ id, number: '', title: 'x', blocks: [], sections: [] }],
          appendices: [],
          generator: id,
        };
        const section = find(fromHtml(toHtml(view)), 'section') as Element;
        expect(section.properties.id).toBe(norm(id).replace(/\0/g, '\uFFFD'));
        expect(Object.keys(section.properties).sort()).toEqual(['ariaLabelledBy', 'className', 'id']);
      }),
      { numRuns: 200 },
    );
  });
});
