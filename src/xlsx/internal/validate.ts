import type { Issue, Issues, Locale, PathSegment, Result } from '../../shared/issues.js';
import { makeIssue } from '../../shared/makeIssue.js';
import type { IndicatorSystem } from '../../scoring/schema/system.js';
import { validateIndicatorSystem } from '../../scoring/validateIndicatorSystem.js';
import { childrenOf, type Data, FIELDS, rootsOf } from './system.js';

/**
 * Where a validator issue points in the sheet: an issue under `indicators[i].children[j]…` is moved
 * to the row of that indicator, `[sheet, 'row N', field…]`; others stay under `['system', …]`.
 */
function locate(i: Issue, system: Data, rows: ReadonlyMap<string, number>, sheet: string, locale: Locale): Issue {
  const path = i.path;
  if (path[0] !== FIELDS.tree) return relocate(i, ['system', ...path], locale);
  let nodes = rootsOf(system);
  let node: Data | undefined;
  let k = 1;
  while (k < path.length && typeof path[k] === 'number') {
    node = nodes[path[k] as number];
    if (!node) break;
    k++;
    if (path[k] !== FIELDS.children) break;
    nodes = childrenOf(node);
    k++;
  }
  const row = node ? rows.get(String(node[FIELDS.id])) : undefined;
  return row === undefined ? relocate(i, ['system', ...path], locale) : relocate(i, [sheet, `row ${row}`, ...path.slice(k)], locale);
}

function relocate(i: Issue, path: readonly PathSegment[], locale: Locale): Issue {
  return makeIssue(i.code, path, i.params ?? {}, locale);
}

/** Validate an imported system with the scoring layer's validator, locating its issues in the sheet. @internal */
export function validateSystem(system: Data, rows: ReadonlyMap<string, number>, sheet: string, locale: Locale): Result<IndicatorSystem> {
  const r = validateIndicatorSystem(system, { locale });
  if (r.ok) return r;
  return { ok: false, issues: r.issues.slice(0, 500).map((i) => locate(i, system, rows, sheet, locale)) as unknown as Issues };
}
