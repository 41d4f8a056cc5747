/** A tiny builder for hast trees (no hastscript dependency: the shapes we need are few). */
import type { Element, ElementContent, Properties, Text } from 'hast';

/** An element. Children given as strings become text nodes (escaped by the serialiser). @internal */
export function h(tagName: string, properties: Properties = {}, children: readonly (ElementContent | string)[] = []): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
  };
}

/** A text node. @internal */
export function text(value: string): Text {
  return { type: 'text', value };
}
