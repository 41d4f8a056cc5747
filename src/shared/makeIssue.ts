import type { Issue, IssueCode, Locale, PathSegment } from './issues.js';
import { issueMessage, type MessageParams } from './messages/index.js';

/** Build one issue with its localized message. @internal */
export function makeIssue(code: IssueCode, path: readonly PathSegment[], params: MessageParams, locale: Locale): Issue {
  return { code, path, message: issueMessage(code, path, params, locale), params };
}
