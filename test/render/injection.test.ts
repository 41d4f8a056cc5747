/**
 * Text from the input (names, narrative, reasons, rule messages) is always literal text:
 * parsed back, the Markdown has no HTML nodes, no extra headings, tables keep their column
 * count and every payload reads back verbatim; the HTML has no script, img or event-handler
 * attribute and its text holds every payload.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes as MdNodes, Root as MdRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildReport, toHtml, toMarkdown } from '../../src/render/index.js';
import type { ReportView } from '../../src/render/index.js';
import { injectionResult, PAYLOADS } from './injection.support.js';

let view: ReportView;

beforeAll(async () => {
  view = buildReport(await injectionResult());
});

/** All nodes of an mdast tree. */
function mdNodes(node: MdNodes, out: MdNodes[] = []): MdNodes[] {
  out.push(node);
  if ('children' in node) for (const c of node.children) mdNodes(c, out);
  return out;
}

/** The plain text of an mdast node: text and inline-code values (inline code appears only if escaping failed). */
const mdText = (node: MdNodes): string =>
  node.type === 'text' || node.type === 'inlineCode' ? node.value : 'children' in node ? node.children.map(mdText).join('') : '';

describe('Markdown: payloads are literal text', () => {
  let tree: MdRoot;
  beforeAll(() => {
    tree = fromMarkdown(toMarkdown(view), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  });

  test('no HTML, code, image, emphasis or Markdown link node comes from input text', () => {
    const nodes = mdNodes(tree);
    const kinds = new Set(nodes.map((n) => n.type));
    for (const k of ['html', 'inlineCode', 'code', 'image', 'delete']) expect(kinds.has(k as MdNodes['type']), k).toBe(false);
    expect(nodes.filter((n) => n.type === 'emphasis').map(mdText)).toEqual(
      nodes
        .filter((n) => n.type === 'emphasis')
        .map(mdText)
        .filter((t) => /^(图|Figure )\d/.test(t)),
    );
    // mdast-util-gfm's reader links bare URLs found in text even when escaped (a GFM "literal
    // autolink"); such a link shows its own URL as text. A Markdown link `[x](url)` never appears.
    for (const link of nodes.filter((n) => n.type === 'link')) expect(mdText(link)).toBe(link.url);
  });

  test('headings are exactly the generated ones (a leading # stays text)', () => {
    const headings = tree.children.filter((n) => n.type === 'heading').map(mdText);
    const expected = [view.title, ...flattenHeadings(view)];
    expect(headings).toEqual(expected);
  });

  test('every payload reads back verbatim', () => {
    const paragraphs = mdNodes(tree)
      .filter((n) => n.type === 'paragraph' || n.type === 'tableCell' || n.type === 'heading')
      .map(mdText);
    for (const p of PAYLOADS)
      expect(
        paragraphs.some((t) => t.includes(p)),
        p,
      ).toBe(true);
    expect(paragraphs).toContain(PAYLOADS.join(' '));
  });

  test('tables keep their column count (pipes are escaped)', () => {
    for (const t of mdNodes(tree).filter((n) => n.type === 'table')) {
      const widths = new Set(t.children.map((r) => r.children.length));
      expect(widths.size).toBe(1);
    }
    const findings = mdNodes(tree)
      .filter((n) => n.type === 'table')
      .at(-1);
    expect(findings?.type === 'table' && findings.children[1]?.children.map(mdText)[0]).toBe(`${PAYLOADS[0]}（${PAYLOADS[3]}）`);
  });
});

function flattenHeadings(v: ReportView): string[] {
  const walk = (s: ReportView['sections'][number]): string[] => [`${s.number}${s.title}`, ...s.sections.flatMap(walk)];
  return [...v.sections, ...v.appendices].flatMap(walk);
}

/** All elements of a hast tree. */
function elements(node: HastRoot | HastContent, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) elements(c as HastContent, out);
  return out;
}

const hastText = (node: HastRoot | HastContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => hastText(c as HastContent)).join('') : '';

describe('HTML: payloads are escaped text', () => {
  let tree: HastRoot;
  let html: string;
  beforeAll(() => {
    html = toHtml(view);
    tree = fromHtml(html);
  });

  test('no script, img, iframe, link or event-handler attribute', () => {
    const all = elements(tree);
    const tags = new Set(all.map((e) => e.tagName));
    for (const t of ['script', 'img', 'iframe', 'object', 'embed', 'link', 'a']) expect(tags.has(t), t).toBe(false);
    for (const e of all) for (const k of Object.keys(e.properties)) expect(k.toLowerCase().startsWith('on'), `${e.tagName}.${k}`).toBe(false);
    expect(html).not.toMatch(/<script|<img|<[a-z][^>]*\son[a-z]+=/i);
  });

  test('the text of the document holds every payload', () => {
    const main = elements(tree).find((e) => e.tagName === 'main') as Element;
    const text = hastText(main);
    for (const p of PAYLOADS) expect(text).toContain(p);
    const title = elements(tree).find((e) => e.tagName === 'title') as Element;
    expect(hastText(title)).toBe(view.title);
  });

  test('the fragment form is escaped the same way', () => {
    const frag = toHtml(view, { fragment: true });
    expect(frag.startsWith('<main class="report">')).toBe(true);
    expect(frag).not.toMatch(/<script|<img/i);
  });
});
