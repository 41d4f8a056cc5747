import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderSystemPage, systemPages } from '../../scripts/systemPages.js';
import { getBuiltInSystem } from '../../src/scoring/index.js';

const dir = fileURLToPath(new URL('../../docs/systems/', import.meta.url));

describe('docs/systems pages', () => {
  it.each(Object.entries(systemPages()))('%s is up to date (regenerate: node scripts/gen-system-pages.mjs)', (name, text) => {
    expect(readFileSync(`${dir}${name}`, 'utf8')).toBe(text);
  });

  it('is deterministic and shows every leaf with its points, standard and provenance', () => {
    const s = getBuiltInSystem('enyang-2023');
    if (!s) throw new Error('missing');
    const page = renderSystemPage(s);
    expect(renderSystemPage(s)).toBe(page);
    expect(page).toContain('| `management.performance.publicity-training` | 1 |');
    expect(page).toContain('每超过一个百分点扣0.5分');
    expect(page).toContain('从未公开');
    expect(page).toMatch(/\| 优秀 \(Excellent\) \| 90 \| 否 \|/);
  });
});
