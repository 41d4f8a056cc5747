import type { Issue, IssueCode, Issues, Locale, PathSegment } from '../../shared/issues.js';
import type { MessageParams } from '../../shared/messages/index.js';
import { makeIssue } from '../../shared/makeIssue.js';

/** Build one localised issue. @internal */
export function issue(code: IssueCode, path: readonly PathSegment[], params: MessageParams, locale: Locale): Issue {
  return makeIssue(code, path, params, locale);
}

/** A failed result from a non-empty list. @internal */
export function fail(first: Issue, ...rest: Issue[]): { readonly ok: false; readonly issues: Issues } {
  return { ok: false, issues: [first, ...rest] };
}

/** A non-empty list, or undefined. @internal */
export function nonEmpty(list: readonly Issue[]): Issues | undefined {
  return list.length > 0 ? (list as unknown as Issues) : undefined;
}

/** The locale to use: `en` when asked, zh-CN otherwise. @internal */
export function pickLocale(locale: unknown): Locale {
  return locale === 'en' ? 'en' : 'zh-CN';
}
