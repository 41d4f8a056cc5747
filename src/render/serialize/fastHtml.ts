/**
 * HTML text for the elements this package writes, exactly as `hast-util-to-html` (default
 * options) would serialise them: `elementHtml` writes one element whose content is already
 * serialised (used by the string builder of `toHtml`, see builder.ts), and `hastToHtmlFast`
 * walks a hast tree with it. hast-util-to-html stays the oracle in the tests
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
  for (const v of value) if (typeof v !== 'string') return false;
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

/** The attributes of an element, each with its leading space (as hast-util-to-html joins them). */
function attributes(space: Space, properties: Properties): string {
  const schema = space === 'svg' ? svg : html;
  const cache = space === 'svg' ? SVG_NAMES : HTML_NAMES;
  let out = '';
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
    out += pair;
  }
  return out;
}

/** The namespace whose attribute names an element takes: `svg` for `<svg>` and everything inside it. @internal */
export type Space = 'html' | 'svg';

/**
 * One element as HTML, its content already serialised: what hast-util-to-html writes for it.
 * In HTML a void element (`col`, `meta`) with no content has no closing tag; in SVG every
 * element is closed (`closeEmptyElements` is off by default).
 * @internal
 */
export function elementHtml(space: Space, tagName: string, properties: Properties, content: string): string {
  const attrs = attributes(space, properties);
  const open = attrs === '' ? tag(OPEN_TAGS, tagName, '<', '>') : `<${tagName}${attrs}>`;
  if (space === 'html' && content === '' && VOIDS.has(tagName.toLowerCase())) return open;
  return open + content + tag(CLOSE_TAGS, tagName, '</', '>');
}

// `<p>` and `</p>` made once per tag name rather than once per element (less garbage per report).
const OPEN_TAGS = new Map<string, string>();
const CLOSE_TAGS = new Map<string, string>();
function tag(cache: Map<string, string>, tagName: string, before: string, after: string): string {
  let t = cache.get(tagName);
  if (t === undefined) {
    t = before + tagName + after;
    if (cache.size < 256) cache.set(tagName, t);
  }
  return t;
}

/**
 * Serialise a hast tree of the supported subset; the same string as `toHtml(tree)` of
 * hast-util-to-html with default options. (`toHtml` writes its HTML directly through
 * {@link elementHtml}; this walker is how the tests hold that function to hast-util-to-html.)
 * @internal
 */
export function hastToHtmlFast(tree: Nodes): string {
  return serialize(tree, undefined, 'html');
}

function serialize(node: Nodes, parent: Element | undefined, space: Space): string {
  switch (node.type) {
    case 'root': {
      let out = '';
      for (const c of node.children) out += serialize(c, undefined, space);
      return out;
    }
    case 'doctype':
      return '<!doctype html>';
    case 'text':
      return parent !== undefined && (parent.tagName === 'script' || parent.tagName === 'style') ? node.value : escapeText(node.value);
    case 'element': {
      // Entering <svg> switches to SVG attribute names; <title>, <desc> and <foreignObject> in SVG hold HTML.
      const own: Space = space === 'html' && node.tagName === 'svg' ? 'svg' : space;
      const inner: Space = own === 'svg' && HTML_INTEGRATION_POINTS.has(node.tagName) ? 'html' : own;
      let content = '';
      for (const c of node.children) content += serialize(c, node, inner);
      return elementHtml(own, node.tagName, node.properties, content);
    }
    default:
      throw new TypeError(`fastHtml: node type ${node.type} is not supported`);
  }
}
