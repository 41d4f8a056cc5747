import type { IssueCode, Locale, PathSegment } from '../issues.js';
import { formatPath } from '../issues.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

/** Parameters a message template may use. */
export type MessageParams = Readonly<Record<string, string | number | boolean>>;

/** A message table: one template function per issue code. */
export type MessageTable = Readonly<Record<IssueCode, (p: MessageParams) => string>>;

const TABLES: Readonly<Record<Locale, MessageTable>> = { 'zh-CN': zhCN, en };

/** The message for an issue, prefixed with its path, in the given locale. @internal */
export function issueMessage(code: IssueCode, path: readonly PathSegment[], params: MessageParams, locale: Locale): string {
  const table = TABLES[locale] ?? zhCN;
  const sep = locale === 'en' ? ': ' : '：';
  return `${formatPath(path)}${sep}${table[code](params)}`;
}

export { en, zhCN };
