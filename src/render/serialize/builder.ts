/**
 * The HTML of a report is described once (`toHtml.ts`, `charts/barChart.ts`) against this
 * small builder interface and produced two ways:
 *
 * - `stringBuilder` writes HTML text directly (what `toHtml` returns): no tree is built, each
 *   element is written through `elementHtml`, text is escaped with stringify-entities;
 * - `hastBuilder` builds the hast tree (`htmlTree`), which the tests serialise with
 *   hast-util-to-html as the oracle of the string builder.
 */
import type { ElementContent, Properties } from 'hast';
import { elementHtml, escapeText } from './fastHtml.js';
import { h, text } from './hast.js';

/** @internal */
export interface Builder<N> {
  /** An element in the HTML namespace. */
  el(tagName: string, properties: Properties, children?: readonly N[]): N;
  /** An element in the SVG namespace: `<svg>` and every element inside it (`<title>` and `<desc>` too). */
  svg(tagName: string, properties: Properties, children?: readonly N[]): N;
  /** Text, escaped. */
  text(value: string): N;
  /** The text of a `<style>` element: written as is, as hast-util-to-html writes it. */
  styleText(value: string): N;
}

const NONE: readonly never[] = [];

/** Concatenate (as a rope: V8 flattens it once, at the end). */
function join(children: readonly string[]): string {
  let out = '';
  for (const c of children) out += c;
  return out;
}

/** Writes HTML text. @internal */
export const stringBuilder: Builder<string> = {
  el: (tagName, properties, children = NONE) => elementHtml('html', tagName, properties, join(children)),
  svg: (tagName, properties, children = NONE) => elementHtml('svg', tagName, properties, join(children)),
  text: escapeText,
  styleText: (value) => value,
};

/** Builds a hast tree. @internal */
export const hastBuilder: Builder<ElementContent> = {
  el: (tagName, properties, children = NONE) => h(tagName, properties, children),
  svg: (tagName, properties, children = NONE) => h(tagName, properties, children),
  text,
  styleText: text,
};
