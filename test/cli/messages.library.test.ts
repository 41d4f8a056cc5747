// Issue #19, "Messages": every message a user sees is wholly in the chosen locale, misspellings get a
// suggestion, refused amounts say exactly what was wrong, syntax errors give line and column.
import { describe, expect, it } from 'vitest';
import { readDataText, safeParseEvaluationInput, type Issue, type Locale } from '../../src/index.js';
import { editDistance, nearest } from '../../src/shared/suggest.js';
import { enyang } from '../support/enyang.js';

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
const HAN = /\p{Script=Han}/u;

function issuesOf(data: unknown, locale: Locale): readonly Issue[] {
  const r = safeParseEvaluationInput(data, { locale });
  if (r.ok) throw new Error('expected issues');
  return r.issues;
}

/** The message without its path and quoted input (which are the user's own words). */
function prose(message: string): string {
  return message.replace(/^[^：:]*[：:]/, '').replace(/"[^"]*"/g, '');
}

describe('messages are wholly in the chosen locale', () => {
  it('a wrong type: 类型错误：应为数字 / expected a number', () => {
    const data = enyang();
    data.report.fiscalYear = true;
    const zh = issuesOf(data, 'zh-CN')[0]?.message ?? '';
    const en = issuesOf(data, 'en')[0]?.message ?? '';
    expect(zh).not.toMatch(/number|string|boolean/);
    expect(zh).toContain('类型错误：应为数字，收到 true 或 false');
    expect(en).toContain('expected a number, received true or false');
    expect(en).not.toMatch(HAN);
  });

  it('a malformed economic code: one language per locale, not "经济分类/economic … / 3 or 5 digits"', () => {
    const data = enyang();
    data.ledger.expenditure.byEconomic[0].code = '30';
    const zh = issuesOf(data, 'zh-CN').find((i) => i.code === 'invalid_code')?.message ?? '';
    const en = issuesOf(data, 'en').find((i) => i.code === 'invalid_code')?.message ?? '';
    expect(zh).toContain('经济分类编码应为 3 位（类）或 5 位（款）数字');
    expect(prose(zh)).not.toMatch(/economic|digits/);
    expect(en).toContain('malformed economic code: expected 3 or 5 digits');
    expect(prose(en)).not.toMatch(HAN);
  });
});

describe('suggestions', () => {
  it('Damerau–Levenshtein: a swap costs 1; nearest stays silent when nothing is close', () => {
    expect(editDistance('carriedln', 'carriedIn')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(nearest('carriedln', ['current', 'carriedIn', 'other'])).toBe('carriedIn');
    expect(nearest('zzzzzz', ['carriedIn', 'other'])).toBeUndefined();
  });

  for (const locale of LOCALES) {
    it(`a misspelled key is one issue with "did you mean" (${locale})`, () => {
      const data = enyang();
      data.ledger.income.carriedln = data.ledger.income.carriedIn;
      delete data.ledger.income.carriedIn;
      const issues = issuesOf(data, locale);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.code).toBe('unrecognized_key');
      expect(issues[0]?.path).toEqual(['ledger', 'income', 'carriedln']);
      expect(issues[0]?.params?.suggestion).toBe('carriedIn');
      expect(issues[0]?.message).toContain(locale === 'en' ? '(did you mean carriedIn?)' : '（是否指 carriedIn？）');
    });
  }

  it('an unknown enum value suggests the nearest valid one', () => {
    const data = enyang();
    data.unit = '万圆';
    const zh = issuesOf(data, 'zh-CN').find((i) => i.code === 'invalid_value');
    expect(zh?.params?.suggestion).toBe('万元');
    expect(zh?.message).toContain('是否指 万元');
    const en = issuesOf(data, 'en').find((i) => i.code === 'invalid_value');
    expect(en?.message).toContain('did you mean 万元?');
  });

  it('an unknown classification code suggests the nearest catalog code of the same length', () => {
    const data = enyang();
    data.ledger.expenditure.byEconomic[0].code = '30299'.replace('30299', '30298'); // one digit off 30299 其他商品和服务支出
    const zh = issuesOf(data, 'zh-CN').find((i) => i.code === 'unknown_code');
    expect(zh?.params?.suggestion).toMatch(/^30\d{3}$/);
    expect(zh?.message).toContain(`是否指 ${String(zh?.params?.suggestion)}`);
    const en = issuesOf(data, 'en').find((i) => i.code === 'unknown_code');
    expect(en?.message).toContain(`did you mean ${String(en?.params?.suggestion)}?`);
  });
});

describe('amounts: say exactly what was wrong', () => {
  const cases: readonly [string, string, string, string][] = [
    ['８２０．００', '全角', 'full-width', '"820.00"'],
    ['35.50万元', '不能带单位“万元”', 'must not carry the unit "万元"', '"35.50"'],
    ['1,234.50', '千分位', 'thousands separators', '"1234.50"'],
    ['1e3', '科学计数法', 'scientific notation', ''],
  ];
  for (const [text, zhWords, enWords, fixed] of cases) {
    it(`${text}`, () => {
      const data = enyang();
      data.ledger.income.carriedIn = text;
      const zh = issuesOf(data, 'zh-CN')[0]?.message ?? '';
      const en = issuesOf(data, 'en')[0]?.message ?? '';
      expect(zh).toContain(zhWords);
      expect(en).toContain(enWords);
      if (fixed) {
        expect(zh).toContain(fixed);
        expect(en).toContain(fixed);
      }
      if (!text.includes('e')) expect(zh).not.toContain('科学计数法');
      if (!text.includes('e')) expect(en).not.toContain('scientific');
    });
  }

  it('a float that cannot be represented (0.1 + 0.2) says "write amounts as strings", not "too many decimals"', () => {
    const data = enyang();
    data.ledger.income.carriedIn = 0.1 + 0.2;
    const zh = issuesOf(data, 'zh-CN')[0];
    const en = issuesOf(data, 'en')[0];
    expect(zh?.code).toBe('unsafe_number');
    expect(zh?.message).toContain('写成带引号的字符串');
    expect(en?.message).toContain('write the amount as a quoted string');
    expect(en?.message).toContain('0.30000000000000004');
  });
});

describe('syntax errors give line, column and the offending line', () => {
  for (const locale of LOCALES) {
    it(`JSON (${locale})`, () => {
      const r = readDataText('{\n  "unit": "万元",\n  "year": 2022,,\n  "x": 1\n}\n', { format: 'json', locale });
      expect(r.ok).toBe(false);
      const issue = r.ok ? undefined : r.issues[0];
      expect(issue?.code).toBe('invalid_json');
      expect(issue?.params).toMatchObject({ line: 3, column: 16 });
      expect(issue?.message).toContain(locale === 'en' ? 'line 3, column 16' : '第 3 行第 16 列');
      expect(issue?.message).toContain('"year": 2022,,');
      expect(issue?.message).not.toMatch(/position \d/);
    });
    it(`YAML (${locale})`, () => {
      const r = readDataText('unit: 万元\nyear: [2022\nname: x\n', { format: 'yaml', locale });
      const issue = r.ok ? undefined : r.issues[0];
      expect(issue?.code).toBe('invalid_yaml');
      expect(issue?.params?.line).toBeTypeOf('number');
      expect(issue?.message).toContain(locale === 'en' ? 'line ' : '第 ');
    });
  }
});
