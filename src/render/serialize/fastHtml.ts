/**
 * HTML text for the elements this package writes, exactly as `hast-util-to-html` (default
 * options) would serialise them: `HtmlWriter` writes elements in document order (used by the
 * string builder of `toHtml`, see builder.ts), and `hastToHtmlFast` walks a hast tree with it. hast-util-to-html stays the oracle in the tests
 * (test/render/fastHtml.test.ts: fast-check over random trees, report views and hostile strings).
 *
 * Why not hast-util-to-html itself on the hot path: it is general (every option and node type,
 * a schema lookup and option objects per attribute) and was ≈ 45 % of `renderHtml`. Our
 * documents use a small known subset — root, doctype, element, text; string or
 * space-separated-list properties — so the structure is written here, but **escaping is not
 * hand-written**: text and attribute values go through `stringify-entities` (the library
 * hast-util-to-html itself uses) with the same subsets and options, attribute names come from
 * `property-information` (hast-util-to-html's schema), void elements from `html-void-elements`.
 * A value is handed to stringify-entities only when it holds a character of the subset: with
 * `subset` set, the library changes nothing else, so other values are the same string as it is.
 *
 * Anything outside the subset (comments, raw nodes, boolean or comma-separated properties,
 * number values) throws instead of guessing: extend this file and its oracle test together.
 */
import type { Element, Nodes, Properties } from 'hast';
import { htmlVoidElements } from 'html-void-elements';
import { find, html, type Schema, svg } from 'property-information';
import { stringify as spaces } from 'space-separated-tokens';
import { stringifyEntities } from 'stringify-entities';

/** hast-util-to-html's text subset (`handle/text.js`). One array, so stringify-entities caches its regex. */
const TEXT_SUBSET = ['<', '&'];
const TEXT_OPTIONS = { subset: TEXT_SUBSET };
/**
 * hast-util-to-html's double-quoted attribute-value subset with its defaults
 * (`constants.double[1][1]`: no parse errors allowed, no dangerous characters).
 */
const ATTRIBUTE_SUBSET = ['\0', '"', '&', "'", '`'];
const ATTRIBUTE_OPTIONS = { subset: ATTRIBUTE_SUBSET, attribute: true };
const ATTRIBUTE_NEEDS = /[\0"&'`]/;
/** Attribute names hast-util-to-html would write unescaped (its `constants.name[1][1]` subset excluded). */
const PLAIN_NAME = /^[^\0\t\n\f\r "&'/<=>`]+$/;

const VOIDS: ReadonlySet<string> = new Set(htmlVoidElements);
/** SVG elements whose content is HTML (hast-util-to-html's `htmlIntegrationPoints`). */
const HTML_INTEGRATION_POINTS: ReadonlySet<string> = new Set(['desc', 'foreignObject', 'title']);

interface AttributeInfo {
  readonly name: string;
  /** hast-util-to-html joins a list with commas for these; we only support space-separated lists. */
  readonly commaSeparated: boolean;
  /** Serialised ` name="value"` by value: most values recur (classes, colours, sizes, ids across reports). */
  readonly written: Map<string, string>;
}
/** At most this many values cached per attribute (coordinates and ids vary without end in a batch). */
const WRITTEN_MAX = 512;
const HTML_NAMES = new Map<string, AttributeInfo>();
const SVG_NAMES = new Map<string, AttributeInfo>();

/** The attribute of a property in a schema, looked up once per (schema, property). */
function attribute(schema: Schema, cache: Map<string, AttributeInfo>, key: string): AttributeInfo {
  let info = cache.get(key);
  if (info === undefined) {
    const found = find(schema, key);
    if (found.boolean || found.overloadedBoolean) throw new TypeError(`fastHtml: boolean property ${key} is not supported`);
    if (!PLAIN_NAME.test(found.attribute)) throw new TypeError(`fastHtml: attribute name ${JSON.stringify(found.attribute)} would need escaping`);
    info = { name: found.attribute, commaSeparated: found.commaSeparated, written: new Map() };
    cache.set(key, info);
  }
  return info;
}

function isStringList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  // Indexed: a `for … of` here allocated an iterator and a result object per item (≈ 60 KB per report).
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

/** Text content, escaped as hast-util-to-html escapes text. @internal */
export function escapeText(value: string): string {
  return value.includes('<') || value.includes('&') ? stringifyEntities(value, TEXT_OPTIONS) : value;
}

/** A double-quoted attribute value, escaped as hast-util-to-html escapes it. @internal */
export function escapeAttribute(value: string): string {
  return ATTRIBUTE_NEEDS.test(value) ? stringifyEntities(value, ATTRIBUTE_OPTIONS) : value;
}

/**
 * Append the attributes of an element to `w`, each ` name="value"` with its leading space (as
 * hast-util-to-html joins them). Returns how many were written.
 */
function writeAttributes(w: HtmlWriter, space: Space, properties: Properties): number {
  const schema = space === 'svg' ? svg : html;
  const cache = space === 'svg' ? SVG_NAMES : HTML_NAMES;
  let count = 0;
  for (const key in properties) {
    const value = properties[key];
    if (value === null || value === undefined) continue;
    const info = attribute(schema, cache, key);
    let text: string;
    if (typeof value === 'string') text = value;
    else if (!info.commaSeparated && isStringList(value)) text = value.length === 1 ? (value[0] as string).trim() : spaces(value);
    else throw new TypeError(`fastHtml: value of ${key} must be a string or a list of strings (space-separated)`);
    let pair = info.written.get(text);
    if (pair === undefined) {
      pair = ` ${info.name}="${escapeAttribute(text)}"`;
      if (info.written.size < WRITTEN_MAX) info.written.set(text, pair);
    }
    w.push(pair);
    count++;
  }
  return count;
}

/** The namespace whose attribute names an element takes: `svg` for `<svg>` and everything inside it. @internal */
export type Space = 'html' | 'svg';

/** The constant strings of a tag name, made once per name rather than once per element. */
interface TagInfo {
  /** `<p`, followed by attributes and `>`. */
  readonly start: string;
  /** `<p>`: the start tag without attributes. */
  readonly bare: string;
  /** `</p>`. */
  readonly end: string;
  /** A void element of HTML (`col`, `meta`): no end tag when it has no content. */
  readonly isVoid: boolean;
}
const TAGS = new Map<string, TagInfo>();
function tagInfo(tagName: string): TagInfo {
  let t = TAGS.get(tagName);
  if (t === undefined) {
    t = { start: `<${tagName}`, bare: `<${tagName}>`, end: `</${tagName}>`, isVoid: VOIDS.has(tagName.toLowerCase()) };
    if (TAGS.size < 256) TAGS.set(tagName, t);
  }
  return t;
}

/**
 * Writes HTML in document order as hast-util-to-html (default options) would serialise the same
 * elements, appending each piece to one string (a rope that V8 flattens once, when the string is
 * first read): no string or array per element. `open` … `close` bracket an element's content. In
 * HTML a void element (`col`, `meta`) with no content has no end tag; in SVG every element is
 * closed (`closeEmptyElements` is off by default).
 * @internal
 */
export class HtmlWriter {
  private html = '';
  /** The open elements: their tags, and the length of `html` where their content starts (-1 for non-void). */
  private readonly tags: TagInfo[] = [];
  private readonly starts: number[] = [];

  /** Append one piece. @internal */
  push(piece: string): void {
    this.html += piece;
  }

  /** Open an element; `space` is the namespace of its attribute names. */
  open(space: Space, tagName: string, properties: Properties): void {
    const t = tagInfo(tagName);
    const before = this.html;
    this.html += t.start;
    if (writeAttributes(this, space, properties) === 0) this.html = before + t.bare;
    else this.html += '>';
    this.tags.push(t);
    this.starts.push(space === 'html' && t.isVoid ? this.html.length : -1);
  }

  /** Close the element opened last. */
  close(): void {
    const t = this.tags.pop();
    const start = this.starts.pop();
    if (t === undefined) throw new Error('fastHtml: close() without open()');
    // Nothing written since `open`: a void element stays unclosed.
    if (start !== this.html.length) this.html += t.end;
  }

  /** Text, escaped. */
  text(value: string): void {
    if (value !== '') this.html += escapeText(value);
  }

  /** Text written as is (the content of `<style>` and `<script>`, the doctype). */
  raw(value: string): void {
    this.html += value;
  }

  /** The HTML written. */
  finish(): string {
    if (this.tags.length !== 0) throw new Error('fastHtml: an element is still open');
    return this.html;
  }
}

/**
 * Serialise a hast tree of the supported subset; the same string as `toHtml(tree)` of
 * hast-util-to-html with default options. (`toHtml` writes its HTML directly through
 * {@link HtmlWriter}; this walker is how the tests hold that writer to hast-util-to-html.)
 * @internal
 */
export function hastToHtmlFast(tree: Nodes): string {
  const w = new HtmlWriter();
  serialize(w, tree, undefined, 'html');
  return w.finish();
}

function serialize(w: HtmlWriter, node: Nodes, parent: Element | undefined, space: Space): void {
  switch (node.type) {
    case 'root':
      for (const c of node.children) serialize(w, c, undefined, space);
      return;
    case 'doctype':
      w.raw('<!doctype html>');
      return;
    case 'text':
      if (parent !== undefined && (parent.tagName === 'script' || parent.tagName === 'style')) w.raw(node.value);
      else w.text(node.value);
      return;
    case 'element': {
      // Entering <svg> switches to SVG attribute names; <title>, <desc> and <foreignObject> in SVG hold HTML.
      const own: Space = space === 'html' && node.tagName === 'svg' ? 'svg' : space;
      const inner: Space = own === 'svg' && HTML_INTEGRATION_POINTS.has(node.tagName) ? 'html' : own;
      w.open(own, node.tagName, node.properties);
      for (const c of node.children) serialize(w, c, node, inner);
      w.close();
      return;
    }
    default:
      throw new TypeError(`fastHtml: node type ${node.type} is not supported`);
  }
}
