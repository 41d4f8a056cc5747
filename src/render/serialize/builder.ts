/**
 * The HTML of a report is described once (`toHtml.ts`, `charts/barChart.ts`) against this
 * small builder interface, in document order (`open` … `close` around an element's children),
 * and produced two ways:
 *
 * - `HtmlStringBuilder` writes HTML text directly (what `toHtml` returns): no tree is built,
 *   the pieces are appended to one string in document order through `HtmlWriter`, text is
 *   escaped with stringify-entities;
 * - `HastBuilder` builds the hast tree (`htmlTree`), which the tests serialise with
 *   hast-util-to-html as the oracle of the string builder.
 *
 * Why in document order rather than each element returning its children's HTML: bottom-up, every
 * element made a string (or rope) of its content and an array of its children, ≈ 250 KB of
 * short-lived garbage per 78 KB report, and garbage collection was the gap between the mean and
 * the median of `renderHtml`.
 */
import type { Element, ElementContent, Properties, RootContent } from 'hast';
import { HtmlWriter, type Space } from './fastHtml.js';

/** @internal */
export interface Builder {
  /** An element in the HTML namespace, empty or with the text given (escaped). */
  el(tagName: string, properties: Properties, text?: string): void;
  /** Open an element in the HTML namespace; its children follow, then {@link Builder.close}. */
  open(tagName: string, properties: Properties): void;
  /** An element in the SVG namespace (`<title>` and `<desc>` too), empty or with the text given. */
  svg(tagName: string, properties: Properties, text?: string): void;
  /** Open an element in the SVG namespace: `<svg>` and every element inside it with children. */
  openSvg(tagName: string, properties: Properties): void;
  /** Close the element opened last. */
  close(): void;
  /** The text of a `<style>` element: written as is, as hast-util-to-html writes it. */
  styleText(value: string): void;
}

/** Writes HTML text. @internal */
export class HtmlStringBuilder implements Builder {
  private readonly w = new HtmlWriter();
  el(tagName: string, properties: Properties, text?: string): void {
    this.leaf('html', tagName, properties, text);
  }
  open(tagName: string, properties: Properties): void {
    this.w.open('html', tagName, properties);
  }
  svg(tagName: string, properties: Properties, text?: string): void {
    this.leaf('svg', tagName, properties, text);
  }
  openSvg(tagName: string, properties: Properties): void {
    this.w.open('svg', tagName, properties);
  }
  close(): void {
    this.w.close();
  }
  styleText(value: string): void {
    this.w.raw(value);
  }
  /** Text outside the document tree (the doctype, the final newline), as is. */
  raw(value: string): void {
    this.w.raw(value);
  }
  /** The HTML written. */
  finish(): string {
    return this.w.finish();
  }
  private leaf(space: Space, tagName: string, properties: Properties, text: string | undefined): void {
    const w = this.w;
    w.open(space, tagName, properties);
    if (text !== undefined) w.text(text);
    w.close();
  }
}

/** Builds a hast tree. @internal */
export class HastBuilder implements Builder {
  /** The nodes written at the top level. */
  readonly nodes: RootContent[] = [];
  private readonly stack: (ElementContent[] | RootContent[])[] = [this.nodes];
  el(tagName: string, properties: Properties, text?: string): void {
    this.add(element(tagName, properties, text));
  }
  open(tagName: string, properties: Properties): void {
    const e = element(tagName, properties, undefined);
    this.add(e);
    this.stack.push(e.children);
  }
  svg(tagName: string, properties: Properties, text?: string): void {
    this.el(tagName, properties, text);
  }
  openSvg(tagName: string, properties: Properties): void {
    this.open(tagName, properties);
  }
  close(): void {
    if (this.stack.length <= 1) throw new Error('HastBuilder: close() without open()');
    this.stack.pop();
  }
  styleText(value: string): void {
    this.add({ type: 'text', value });
  }
  private add(node: ElementContent): void {
    (this.stack[this.stack.length - 1] as ElementContent[]).push(node);
  }
}

function element(tagName: string, properties: Properties, text: string | undefined): Element {
  return { type: 'element', tagName, properties, children: text === undefined ? [] : [{ type: 'text', value: text }] };
}
