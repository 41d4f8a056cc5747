import { read, utils } from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BatchSummaryRows, FailureRow, RankingRow } from './summary.js';
import { XLSX_CELL_MAX, fitCell, summaryXlsxChunks, xlsxText } from './summaryXlsx.js';

const bytesOf = (chunks: Iterable<Uint8Array>): Uint8Array => Buffer.concat([...chunks]);

function summaryOf(ranking: Iterable<RankingRow>, failures: Iterable<FailureRow> = []): BatchSummaryRows {
  return {
    libraryVersion: 'test',
    system: 'enyang-2023',
    format: 'json',
    evaluated: 0,
    failed: 0,
    gradeDistribution: { 优秀: 2, 良好: 1 },
    mostFailedRules: [{ ruleId: 'income.total.equals-sources', title: '收入 < 支出 & "合计"', departments: 2 }],
    ranking,
    failures,
  } as unknown as BatchSummaryRows;
}

const row = (rank: number, name: string, extra: Partial<RankingRow> = {}): RankingRow =>
  ({ rank, name, total: '98', grade: '优秀', failedRules: [], source: `${name}.json`, report: `${name}.md`, ...extra }) as unknown as RankingRow;

/**
 * A string as SheetJS reads it back from a cell: its reader turns CR LF into LF (as Excel shows
 * both as one line break); the file holds the CR (written `_x000D_`).
 */
const asRead = (s: string): string => s.replace(/\r\n/g, '\n');

/** The cells of a sheet read back by SheetJS, as written (numbers as numbers). */
function sheet(bytes: Uint8Array, name: string): unknown[][] {
  const wb = read(bytes, { type: 'array' });
  return utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, raw: true, defval: '' });
}

describe('summary.xlsx', () => {
  it('reads back with the four sheets, numbers as numbers and scores as text', () => {
    const bytes = bytesOf(
      summaryXlsxChunks(summaryOf([row(1, '甲局'), row(2, '乙局', { total: '87.50', failedRules: ['a', 'b'] } as Partial<RankingRow>)]), 'zh-CN'),
    );
    expect(read(bytes, { type: 'array' }).SheetNames).toEqual(['排名', '等级分布', '未通过规则', '评价失败']);
    expect(sheet(bytes, '排名')).toEqual([
      ['排名', '部门', '得分', '等级', '未通过规则', '来源', '报告'],
      [1, '甲局', '98', '优秀', '', '甲局.json', '甲局.md'],
      [2, '乙局', '87.50', '优秀', 'a、b', '乙局.json', '乙局.md'],
    ]);
    expect(sheet(bytes, '等级分布')).toEqual([
      ['等级', '部门数'],
      ['优秀', 2],
      ['良好', 1],
    ]);
    expect(sheet(bytes, '未通过规则')[1]).toEqual(['income.total.equals-sources', '收入 < 支出 & "合计"', 2]);
    expect(sheet(bytes, '评价失败')).toEqual([['来源', '部门', '问题数', '问题（前几项）']]);
  });

  it('gives back every string as it was: XML specials, control characters, CR, U+FFFE/U+FFFF and literal _xHHHH_ escapes', () => {
    const hostile = [
      'a & b <c> "d" \'e\'',
      'nul\u0000 bell\u0007 tab\t lf\n cr\r crlf\r\n',
      'x\uFFFE\uFFFFy',
      '_x0041_ and _x005F_ and _x12_',
      '𝒜 emoji 🎉 ﬁ',
      ']]> <!-- -->',
    ];
    const failures = hostile.map((h, i) => ({ source: `f${i}`, name: h, issueCount: 1, issues: [h, 'second'] }) as unknown as FailureRow);
    const bytes = bytesOf(
      summaryXlsxChunks(
        summaryOf(
          hostile.map((h, i) => row(i + 1, h)),
          failures,
        ),
        'en',
      ),
    );
    expect(
      sheet(bytes, 'Ranking')
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(hostile.map(asRead));
    expect(
      sheet(bytes, 'Failed')
        .slice(1)
        .map((r) => [r[1], r[3]]),
    ).toEqual(hostile.map((h) => [asRead(h), asRead(`${h}\nsecond`)]));
  });

  it('round-trips any string without lone surrogates (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'grapheme-ascii', maxLength: 20 }).map((s) => s.replace(/[\uD800-\uDFFF]/g, '')),
          { maxLength: 5 },
        ),
        fc.string({ unit: 'binary', maxLength: 30 }),
        (names, any) => {
          const clean = any.replace(/[\uD800-\uDFFF]/g, '');
          const all = [...names, clean];
          const bytes = bytesOf(summaryXlsxChunks(summaryOf(all.map((n, i) => row(i + 1, n))), 'en'));
          expect(
            sheet(bytes, 'Ranking')
              .slice(1)
              .map((r) => String(r[1])),
          ).toEqual(all.map(asRead));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("cuts a text longer than Excel's cell limit, ending in …, and keeps surrogate pairs whole", () => {
    expect(fitCell('局'.repeat(XLSX_CELL_MAX))).toBe('局'.repeat(XLSX_CELL_MAX));
    const cut = fitCell('局'.repeat(40_000));
    expect(cut).toHaveLength(XLSX_CELL_MAX);
    expect(cut.endsWith('局…')).toBe(true);
    const pairs = fitCell('𝒜'.repeat(20_000)); // 40,000 code units; the cut falls inside a pair
    expect(pairs.length).toBeLessThanOrEqual(XLSX_CELL_MAX);
    expect(pairs.endsWith('𝒜…')).toBe(true);
    const shifted = fitCell(`a${'𝒜'.repeat(20_000)}`); // here the cut would split a pair: one unit fewer
    expect(shifted).toHaveLength(XLSX_CELL_MAX - 1);
    expect(shifted.endsWith('𝒜…')).toBe(true);
    // a failed department's raw name can be that long: the file is still written and read back
    const failures = [{ source: 'in.ndjson:1', name: '局'.repeat(40_000), issueCount: 1, issues: ['too long'] } as unknown as FailureRow];
    const failed = sheet(bytesOf(summaryXlsxChunks(summaryOf([], failures), 'en')), 'Failed');
    expect(failed[1]).toEqual(['in.ndjson:1', cut, 1, 'too long']);
  });

  it('escapes only what it must', () => {
    expect(xlsxText('普通文本 plain_x text')).toBe('普通文本 plain_x text');
    expect(xlsxText('a&b<c>\r_x0041_\u0001')).toBe('a&amp;b&lt;c&gt;_x000D__x005F_x0041__x0001_');
  });

  it('streams: the first bytes come out before the ranking has been read to its end', () => {
    let read = 0;
    function* many(): Generator<RankingRow> {
      for (let i = 1; i <= 200_000; i++) {
        read = i;
        yield row(i, `部门${i}`);
      }
    }
    const chunks = summaryXlsxChunks(summaryOf(many()), 'zh-CN');
    let bytes = 0;
    // past the fixed parts, into the ranking sheet
    while (read === 0 || bytes < 10_000) bytes += chunks.next().value?.length ?? 0;
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(20_000);
  });
});
