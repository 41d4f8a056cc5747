import type { Leaf, LocalizedText } from '../schema.js';

/** A text in both languages. @internal */
export const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** `fact` equals `other` within the rounding bound. @internal */
export const sameWithinRounding = (fact: string, other: string): Leaf => ({ fact, op: 'eq', value: { fact: other }, tolerance: 'rounding' });
