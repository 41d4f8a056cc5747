/**
 * The HTML writer of `toHtml` and of the SVG charts: elements appended to one string in document
 * order (no tree, no string or array per element), text and attribute values escaped here.
 *
 * Escaping is complete for where this package writes: text goes only into elements whose content
 * is parsed as text (never `<script>`, `<style>` text is our own stylesheet), and every attribute
 * value is double-quoted. In text, `<` and `&` are the only characters the HTML parser treats
 * specially; in a double-quoted value, `"` and `&` (`'`, `` ` `` and NUL are encoded too, as
 * hast-util-to-html did, so the output is unchanged). References are hexadecimal (`&#x3C;`).
 * test/render/html.test.ts parses the output back with hast-util-from-html and compares it with
 * the view model, hostile strings included.
 */

const TEXT_SPECIAL = /[<&]/;
const TEXT_SPECIALS = /[<&]/g;
const ATTRIBUTE_SPECIAL = /[\0"&'`]/;
const ATTRIBUTE_SPECIALS = /[\0"&'`]/g;
const reference = (c: string): string => `&#x${(c.codePointAt(0) as number).toString(16).toUpperCase()};`;

/** Text content: `<` and `&` as character references. @internal */
export function escapeText(value: string): string {
  return TEXT_SPECIAL.test(value) ? value.replace(TEXT_SPECIALS, reference) : value;
}

/** A double-quoted attribute value: `"`, `&`, `'`, `` ` `` and NUL as character references. @internal */
export function escapeAttribute(value: string): string {
  return ATTRIBUTE_SPECIAL.test(value) ? value.replace(ATTRIBUTE_SPECIALS, reference) : value;
}

/** One attribute, ` name="value"` with its leading space; `name` is one of ours (never input). @internal */
export function attr(name: string, value: string): string {
  return ` ${name}="${escapeAttribute(value)}"`;
}

/**
 * HTML being written in document order: one string that each piece is appended to (no tree, no
 * string or array per element). Tag and attribute names are the caller's constants; `attrs` is
 * a string of {@link attr} pieces (already escaped).
 * @internal
 */
export interface HtmlOut {
  html: string;
}

/** An element with its text content (escaped); in SVG, `<rect>` and `<line>` with `''`. @internal */
export function el(w: HtmlOut, tagName: string, attrs: string, text: string): void {
  w.html += `<${tagName}${attrs}>${escapeText(text)}</${tagName}>`;
}

/** The start tag of an element whose children follow, then {@link close}; also a void element (`<col>`, `<meta>`). @internal */
export function open(w: HtmlOut, tagName: string, attrs: string): void {
  w.html += `<${tagName}${attrs}>`;
}

/** The end tag of an element opened with {@link open}. @internal */
export function close(w: HtmlOut, tagName: string): void {
  w.html += `</${tagName}>`;
}
