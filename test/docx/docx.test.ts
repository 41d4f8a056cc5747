import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDocx, renderDocx, DOCX_STYLE_NAMES } from '../../src/docx/index.js';
import { evaluateDepartment } from '../../src/index.js';
import { buildReport, renderMarkdown, type ReportBlock, type ReportSection, type ReportView } from '../../src/render/index.js';
import { enyang } from '../support/enyang.js';
import { entry, paragraphTexts, unzip } from './zip.js';

const result = evaluateDepartment(enyang());
const view = buildReport(result);

/**
 * Every text of the view model in document order, as the .docx should hold it (one string per Word paragraph);
 * an appendix table's caption is left out when it repeats the appendix heading.
 */
function viewTexts(v: ReportView): string[] {
  const squeeze = (t: string): string => t.replace(/\s+/g, '');
  let heading = '';
  const block = (b: ReportBlock): string[] =>
    b.kind === 'paragraph'
      ? [b.text]
      : b.kind === 'table'
        ? [
            ...(squeeze(b.caption) === squeeze(heading) ? [] : [b.caption]),
            ...b.columns.map((c) => c.label),
            ...b.rows.flatMap((r) => b.columns.flatMap((_, i) => (r.cells[i] ?? '').split('\n'))),
          ].filter((t) => t !== '')
        : [b.caption];
  const section = (s: ReportSection): string[] => [`${s.number}${s.title}`, ...s.blocks.flatMap(block), ...s.sections.flatMap(section)];
  const appendix = (s: ReportSection): string[] => {
    heading = `${s.number}${s.title}`;
    return [...(s.label !== undefined ? [s.label] : []), ...section(s)];
  };
  const closing = [...(v.closing?.annexes ?? []), ...(v.closing?.signature ?? [])];
  return [v.title, ...v.meta, ...v.intro.flatMap(block), ...v.sections.flatMap(section), ...closing, ...v.appendices.flatMap(appendix)];
}

let files: Map<string, Buffer>;
let documentXml: string;

beforeAll(async () => {
  const bytes = await renderDocx(result);
  expect(bytes).toBeInstanceOf(Uint8Array);
  files = unzip(bytes);
  documentXml = entry(files, 'word/document.xml');
});

describe('renderDocx: the Enyang report as a Word document', () => {
  it('has the title, every section heading, the 98 score and the deductions', () => {
    const texts = paragraphTexts(documentXml);
    expect(texts[0]).toBe(view.title);
    for (const s of [...view.sections, ...view.sections.flatMap((x) => x.sections), ...view.appendices]) expect(texts).toContain(`${s.number}${s.title}`);
    const all = texts.join('\n');
    expect(all).toContain('总评分98分（优秀）');
    expect(all).toMatch(/宣传培训扣1分/);
  });

  it('text extraction gives back every paragraph, heading and table cell of the view model, in order', () => {
    expect(paragraphTexts(documentXml)).toEqual(viewTexts(view));
  });

  it('holds the same text as the Markdown report, modulo formatting', () => {
    const bare = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');
    const md = bare(renderMarkdown(result));
    const missing = paragraphTexts(documentXml).filter((t) => !md.includes(bare(t)));
    expect(missing.map((t) => t.slice(0, 80))).toEqual([]);
  });

  it('uses the named 公文 styles, defined in styles.xml with their fonts and sizes', () => {
    const styles = entry(files, 'word/styles.xml');
    for (const name of Object.values(DOCX_STYLE_NAMES)) expect(styles).toContain(`<w:name w:val="${name}"/>`);
    const style = (id: string): string => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(style('GongwenTitle')).toContain('w:eastAsia="FZXiaoBiaoSong-B05S"');
    expect(style('GongwenTitle')).toContain('<w:sz w:val="44"/>'); // 二号 22 pt
    expect(style('GongwenHeading1')).toContain('w:eastAsia="SimHei"');
    expect(style('GongwenHeading2')).toContain('w:eastAsia="KaiTi"');
    expect(style('GongwenBody')).toContain('w:eastAsia="FangSong"');
    expect(style('GongwenBody')).toContain('<w:sz w:val="32"/>'); // 三号 16 pt
    expect(style('GongwenBody')).toMatch(/<w:spacing [^>]*w:line="560"[^>]*w:lineRule="exact"/); // 28 pt
    for (const id of ['GongwenTitle', 'GongwenHeading1', 'GongwenHeading2', 'GongwenHeading3', 'GongwenBody']) {
      expect(documentXml).toContain(`<w:pStyle w:val="${id}"/>`);
    }
  });

  it('sets 附表1 (eight columns or more) on a page turned across, in a section of its own, and 附表2 upright again', () => {
    const sizes = documentXml.match(/<w:pgSz [^>]*\/>/g) ?? [];
    expect(sizes).toHaveLength(1 + view.appendices.length);
    expect(sizes[1]).toMatch(/w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(sizes[2]).toMatch(/w:w="11906" w:h="16838"/);
    const wide = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)?.[0] ?? '';
    expect(wide).toContain('<w:tblW w:type="dxa" w:w="12756"/>'); // 297 − 35 − 37 mm
  });

  it('is A4 with the GB/T 9704 margins', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? '';
    expect(mar).toContain('w:top="2098"'); // 37 mm
    expect(mar).toContain('w:bottom="1984"'); // 35 mm
    expect(mar).toContain('w:left="1587"'); // 28 mm
    expect(mar).toContain('w:right="1474"'); // 26 mm
  });

  it('writes the appendices as real tables whose header row repeats on every page', () => {
    const tables = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const viewTables = view.appendices.flatMap((a) => a.blocks).filter((b) => b.kind === 'table');
    expect(tables.length).toBe(viewTables.length);
    tables.forEach((t, i) => {
      const rows = t.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
      expect(rows.length).toBe((viewTables[i]?.rows.length ?? 0) + 1);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    });
    expect(paragraphTexts(tables[0] ?? '')).toContain('宣传培训');
    // The caption that repeats the appendix heading is not printed twice; wide tables (附表1, eight columns) are set in 9 pt.
    for (const a of view.appendices) expect(paragraphTexts(documentXml).filter((t) => t === `${a.number}${a.title}`)).toHaveLength(1);
    expect(tables[0]).toContain('<w:sz w:val="18"/>');
  });

  it('numbers the pages “— 1 —” with a PAGE field in the footer', () => {
    const footer = entry(files, 'word/footer1.xml');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(paragraphTexts(footer).join('')).toMatch(/^— .* —$/);
    expect(entry(files, 'word/_rels/document.xml.rels')).toContain('footer1.xml');
  });

  it('puts odd page numbers at the right and even ones at the left, one character in (GB/T 9704 §7.5)', () => {
    expect(entry(files, 'word/settings.xml')).toMatch(/<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/);
    const rels = entry(files, 'word/document.xml')
      .split('<w:footerReference')
      .slice(1)
      .map((r) => [/w:type="(\w+)"/.exec(r)?.[1], /r:id="(\w+)"/.exec(r)?.[1]] as const);
    const target = (id: string | undefined): string =>
      /Target="([^"]+)"/.exec(
        entry(files, 'word/_rels/document.xml.rels')
          .split('<Relationship ')
          .find((x) => x.includes(`Id="${id}"`)) ?? '',
      )?.[1] ?? '';
    const sides = new Map(rels.map(([type, id]) => [type, /<w:jc w:val="(\w+)"\/>/.exec(entry(files, `word/${target(id)}`))?.[1]]));
    expect(sides.get('default')).toBe('right');
    expect(sides.get('even')).toBe('left');
  });

  it('draws each figure as a native, editable Word chart holding the view model’s values', () => {
    const figures = view.sections.flatMap(function all(s: ReportSection): ReportBlock[] {
      return [...s.blocks, ...s.sections.flatMap(all)];
    });
    const charts = figures.filter((b) => b.kind === 'figure');
    expect(charts.length).toBe(4);
    charts.forEach((f, i) => {
      const xml = entry(files, `word/charts/chart${i + 1}.xml`);
      expect(xml).toContain('<c:barChart>');
      for (const c of f.chart.categories) expect(xml).toContain(c);
      for (const s of f.chart.series) for (const v of s.values) expect(xml).toMatch(new RegExp(`<c:v>${v.replace('.', '\\.')}0*</c:v>`));
    });
    expect(documentXml).toContain('descr="工资福利支出284.80万元');
  });

  it('breaks a long title before 关于, keeping its words whole, and a short one not at all', async () => {
    const title = /<w:p>(?:(?!<\/w:p>)[\s\S])*?GongwenTitle[\s\S]*?<\/w:p>/.exec(documentXml)?.[0] ?? '';
    expect(title).toMatch(
      /<w:t xml:space="preserve">巴中市恩阳区行政审批局<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">关于2023年财政支出绩效评价的报告<\/w:t>/,
    );
    const short = entry(unzip(await toDocx({ ...view, title: '恩阳区关于绩效评价的报告' })), 'word/document.xml');
    expect(short).not.toContain('<w:br/>');
  });

  it('carries the title in the document properties', () => {
    expect(entry(files, 'docProps/core.xml')).toContain(`<dc:title>${view.title}</dc:title>`);
  });

  it('toDocx writes a view as given, and the English locale writes English appendices', async () => {
    const edited = await toDocx({ ...view, title: '自评报告（草稿）' }, { creator: '某某区财政局' });
    const f = unzip(edited);
    expect(paragraphTexts(entry(f, 'word/document.xml'))[0]).toBe('自评报告（草稿）');
    expect(entry(f, 'docProps/core.xml')).toContain('<dc:creator>某某区财政局</dc:creator>');
    const en = paragraphTexts(entry(unzip(await renderDocx(result, { locale: 'en', charts: false })), 'word/document.xml'));
    expect(en).toEqual(viewTexts(buildReport(result, { locale: 'en', charts: false })));
  });

  it('does not mutate the result', async () => {
    const before = JSON.stringify(result);
    await renderDocx(result);
    expect(JSON.stringify(result)).toBe(before);
  });
});

/** LibreOffice (Debian: libreoffice-writer-nogui) opens the file and prints it; skipped where it is not installed. */
const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0);
const pdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!soffice || !pdftotext)('LibreOffice reads the .docx', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'jixiao-docx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts it to a PDF with the title, the 98 score, the tables and page numbers', async () => {
    const docx = join(dir, 'enyang.docx');
    writeFileSync(docx, await renderDocx(result));
    execFileSync(
      soffice as string,
      ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    expect(readFileSync(join(dir, 'enyang.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [join(dir, 'enyang.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('巴中市恩阳区行政审批局');
    expect(text).toContain('总评分98分（优秀）');
    expect(text).toContain('附表1');
    expect(text).toMatch(/—1—/);
    expect(text).toMatch(/—2—/);
  });
});
