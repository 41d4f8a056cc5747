/**
 * `toMarkdown` writes Markdown itself; the real parser is its judge. For random report views
 * with hostile strings everywhere, the output parsed back by micromark with GFM
 * (mdast-util-from-markdown + mdast-util-gfm) has exactly the blocks of the view — headings at
 * their depths, paragraphs, bold table captions, italic figure captions, GFM tables with their
 * alignments and one cell per column — and every text reads back as written: paragraphs
 * exactly (line breaks included), headings, captions and cells as one line.
 */
import fc from 'fast-check';
import type { PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import { chartValue, flaggedValue } from '../../src/render/charts/figures.js';
import { toMarkdown } from '../../src/render/index.js';
import type { ReportBlock, ReportSection, ReportView, TableColumn, TableRow } from '../../src/render/index.js';
import { viewArb } from './arbitraries.js';

/** What a Markdown parser does to any text: NUL becomes U+FFFD. */
const parsed = (s: string): string => s.replace(/\0/g, '\uFFFD');
/** Headings, captions and cells are one line. */
const oneLine = (s: string): string => parsed(s.replace(/\s*[\r\n]+\s*/gu, ' '));
/** Bold and italic captions: one line, a vertical tab at an edge read back as a space. */
const delimited = (s: string): string => oneLine(s).replace(/^\v|\v$/g, ' ');

type Simple =
  { type: 'heading'; depth: number; text: string } | { type: 'paragraph'; text: string } | { type: 'table'; align: (string | null)[]; rows: string[][] };

/** Phrasing content as text; strong and emphasis marked, any other construct named (so it fails the comparison). */
function phrasing(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += n.value;
    else if (n.type === 'strong') out += `<strong>${phrasing(n.children)}</strong>`;
    else if (n.type === 'emphasis') out += `<em>${phrasing(n.children)}</em>`;
    // GFM links a bare URL or e-mail address found in text (its text unchanged): allowed.
    else if (n.type === 'link' && n.children.length === 1 && n.children[0]?.type === 'text') out += n.children[0].value;
    else out += `<${n.type}>`;
  }
  return out;
}

function simplify(node: RootContent): Simple {
  if (node.type === 'heading') return { type: 'heading', depth: node.depth, text: phrasing(node.children) };
  if (node.type === 'paragraph') return { type: 'paragraph', text: phrasing(node.children) };
  if (node.type === 'table') return { type: 'table', align: node.align ?? [], rows: node.children.map((r) => r.children.map((c) => phrasing(c.children))) };
  return { type: 'paragraph', text: `<${node.type}>` };
}

/** The blocks a view should read back as. */
function expected(view: ReportView): Simple[] {
  const out: Simple[] = [];
  const table = (columns: readonly TableColumn[], rows: readonly TableRow[]): void => {
    const cell = (value: string, strong: boolean, indent: string): string =>
      value === '' ? '' : `${indent}${strong ? `<strong>${delimited(value)}</strong>` : oneLine(value)}`;
    out.push({
      type: 'table',
      align: columns.map((c) => c.align),
      rows: [
        columns.map((c) => cell(c.label, false, '')),
        ...rows.map((r) => r.cells.map((c, i) => cell(c, r.emphasis === true || r.alert === true, i === 0 ? '\u3000'.repeat(r.level ?? 0) : ''))),
      ],
    });
  };
  const block = (b: ReportBlock, heading: string): void => {
    if (b.kind === 'paragraph') {
      if (b.text !== '') out.push({ type: 'paragraph', text: parsed(b.text) });
    } else if (b.kind === 'table') {
      if (b.caption !== heading && b.caption !== '') out.push({ type: 'paragraph', text: `<strong>${delimited(b.caption)}</strong>` });
      table(b.columns, b.rows);
    } else {
      const c = b.chart;
      if (b.caption !== '') out.push({ type: 'paragraph', text: `<em>${delimited(b.caption)}</em>` });
      table(
        [{ label: '', align: 'left' }, ...c.series.map((s) => ({ label: s.name, align: 'right' as const }))],
        c.categories.map((cat, i) => ({
          cells: [cat, ...c.series.map((s) => flaggedValue(chartValue(c, s.values[i] ?? '0'), s.flags?.[i]))],
          alert: c.series.some((s) => s.flags?.[i] !== undefined),
        })),
      );
    }
  };
  const section = (s: ReportSection, depth: number): void => {
    const heading = `${s.number}${s.title}`;
    if (s.label !== undefined && s.label !== '') out.push({ type: 'paragraph', text: parsed(s.label) });
    out.push({ type: 'heading', depth: Math.min(depth + 1, 6), text: oneLine(heading) });
    for (const b of s.blocks) block(b, heading);
    for (const c of s.sections) section(c, depth + 1);
  };
  out.push({ type: 'heading', depth: 1, text: oneLine(view.title) });
  for (const m of view.meta) if (m !== '') out.push({ type: 'paragraph', text: parsed(m) });
  for (const b of view.intro) block(b, '');
  for (const s of view.sections) section(s, 1);
  for (const lines of [view.closing?.annexes ?? [], view.closing?.signature ?? []]) {
    const text = lines.join('\n');
    if (text !== '') out.push({ type: 'paragraph', text: parsed(text) });
  }
  for (const s of view.appendices) section(s, 1);
  return out;
}

const parse = (md: string): Simple[] => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }).children.map(simplify);

describe('toMarkdown parsed back by micromark + GFM', () => {
  test('random views with hostile strings: the same blocks and the same text', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(parse(toMarkdown(view))).toEqual(expected(view));
      }),
      { numRuns: 200 },
    );
  });

  test('each hostile construct alone, as a paragraph, a heading, a caption and a cell', () => {
    const texts = [
      '# x',
      '#',
      '## x ##',
      'x #',
      '> q',
      '- a',
      '+ a',
      '* a',
      '1. a',
      '1) a',
      '166.26万元',
      '---',
      '===',
      'a\n===',
      'a\n---',
      'a\n-',
      ':-',
      '-:',
      'a\n| - |',
      '| a |\n| - |',
      '    code',
      '\tcode',
      '```js',
      '~~~',
      '~~x~~',
      '<div>',
      '<!-- c -->',
      '<http://a.b>',
      'http://a.b',
      'www.a.b',
      '[a](b)',
      '![a](b)',
      '[^1]',
      '[a]: http://b',
      '*a*',
      '_a_',
      'snake_case_name',
      '__a__',
      '`c`',
      '&amp;',
      '&#x26;',
      '& b',
      'a\\',
      'a\\*',
      '\\',
      'a  \nb',
      'a\\\nb',
      'a\n\nb',
      '\na',
      'a\n',
      '\r\n',
      'a\rb',
      ' lead',
      'trail ',
      '\u3000ideographic\u3000',
      '\u00a0nbsp\u00a0',
      '',
    ];
    for (const text of texts) {
      const view: ReportView = {
        lang: 'zh-CN',
        locale: 'zh-CN',
        title: text,
        meta: [text],
        intro: [
          { kind: 'paragraph', text },
          {
            kind: 'table',
            id: 't',
            caption: text,
            columns: [
              { label: text, align: 'left' },
              { label: 'b', align: 'right' },
            ],
            rows: [{ cells: [text, text], emphasis: true, level: 1 }, { cells: [text, text] }],
          },
        ],
        sections: [{ id: 's', number: '', title: text, blocks: [], sections: [] }],
        appendices: [],
        generator: 'x',
      };
      expect(parse(toMarkdown(view)), JSON.stringify(text)).toEqual(expected(view));
    }
  });
});
