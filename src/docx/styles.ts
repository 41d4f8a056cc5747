import { AlignmentType, type IParagraphStyleOptions, LineRuleType } from 'docx';

/** Millimetres to twips, rounded to the nearest (the `docx` helper truncates: A4 would be 11905 × 16837). */
const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/**
 * Named Word styles of the 公文 hierarchy (GB/T 9704-2012 §7.3, 8), so a department can restyle the whole
 * document from Word's style gallery. Ids are ASCII (Word's style ids); names are what Word shows.
 * Font names are the ones Chinese Windows installs (SimHei 黑体, KaiTi 楷体, FangSong 仿宋); the title asks for
 * 方正小标宋 (FZXiaoBiaoSong-B05S), which Word replaces by its own choice where it is not installed.
 */
export const STYLE = {
  title: 'GongwenTitle',
  meta: 'GongwenMeta',
  h1: 'GongwenHeading1',
  h2: 'GongwenHeading2',
  h3: 'GongwenHeading3',
  body: 'GongwenBody',
  annex: 'GongwenAnnexTitle',
  caption: 'GongwenCaption',
  cell: 'GongwenTableText',
  footer: 'GongwenPageNumber',
} as const;

/**
 * The names of the Word paragraph styles the .docx report uses, as Word's style gallery lists them
 * (公文标题, 一级标题 … 页码): restyle one, and every paragraph of that level follows.
 *
 * @example
 * ```ts
 * import { DOCX_STYLE_NAMES } from 'jixiao/docx';
 * DOCX_STYLE_NAMES.h1; // "一级标题" (三号黑体, the 一、 headings)
 * ```
 */
export const STYLE_NAMES: Readonly<Record<'title' | 'meta' | 'h1' | 'h2' | 'h3' | 'body' | 'annex' | 'caption' | 'cell' | 'footer', string>> = {
  title: '公文标题',
  meta: '公文日期',
  h1: '一级标题',
  h2: '二级标题',
  h3: '三级标题',
  body: '正文',
  annex: '附表标题',
  caption: '图表标题',
  cell: '表格文字',
  footer: '页码',
};

/** Font names (East Asian script; Latin letters and digits use Times New Roman, as GB/T 9704 documents do). */
export const FONTS = { title: 'FZXiaoBiaoSong-B05S', hei: 'SimHei', kai: 'KaiTi', fang: 'FangSong', latin: 'Times New Roman' } as const;

/** Point sizes of the Chinese 号 scale, in Word's half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
const SIZE = { erhao: 44, sanhao: 32, sihao: 28, wuhao: 21 } as const;

/** GB/T 9704 §7.2: 22 lines of 28 pt on a 225 mm type area. */
const LINE_28PT = 560;

/** GB/T 9704 §5.2.1 page margins (天头 37 mm, 订口 28 mm; the 156 × 225 mm type area gives 35 mm and 26 mm). */
export const PAGE: Readonly<Record<'width' | 'height' | 'top' | 'bottom' | 'left' | 'right' | 'footer', number>> = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  footer: mm(20),
};

/**
 * Margins of a page turned across (横排表格, GB/T 9704 §10) for 附表1's eight or nine columns: the portrait
 * margins turned with the page (天头 on the binding side), a 225 mm × 156 mm type area, as the HTML print does.
 */
export const PAGE_WIDE: Readonly<Record<'top' | 'bottom' | 'left' | 'right', number>> = { top: mm(28), bottom: mm(26), left: mm(35), right: mm(37) };

const font = (eastAsia: string) => ({ eastAsia, ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin });
const exact = (line: number, before = 0, after = 0) => ({ line, lineRule: LineRuleType.EXACT, before, after });

/** The paragraph styles, all based on 正文 so a change of body font carries through. */
export function paragraphStyles(): IParagraphStyleOptions[] {
  const body = { font: font(FONTS.fang), size: SIZE.sanhao };
  return [
    {
      id: STYLE.body,
      name: STYLE_NAMES.body,
      quickFormat: true,
      run: body,
      paragraph: { spacing: exact(LINE_28PT), indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED },
    },
    {
      id: STYLE.title,
      name: STYLE_NAMES.title,
      basedOn: STYLE.body,
      next: STYLE.meta,
      quickFormat: true,
      run: { font: font(FONTS.title), size: SIZE.erhao },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: 700, lineRule: LineRuleType.EXACT, after: LINE_28PT } },
    },
    {
      id: STYLE.meta,
      name: STYLE_NAMES.meta,
      basedOn: STYLE.body,
      next: STYLE.body,
      run: body,
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: exact(LINE_28PT, 0, LINE_28PT) },
    },
    {
      id: STYLE.h1,
      name: STYLE_NAMES.h1,
      basedOn: STYLE.body,
      next: STYLE.body,
      quickFormat: true,
      run: { font: font(FONTS.hei), size: SIZE.sanhao },
      paragraph: { outlineLevel: 0, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.h2,
      name: STYLE_NAMES.h2,
      basedOn: STYLE.body,
      next: STYLE.body,
      quickFormat: true,
      run: { font: font(FONTS.kai), size: SIZE.sanhao },
      paragraph: { outlineLevel: 1, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.h3,
      name: STYLE_NAMES.h3,
      basedOn: STYLE.body,
      next: STYLE.body,
      quickFormat: true,
      run: { font: font(FONTS.fang), size: SIZE.sanhao, bold: true },
      paragraph: { outlineLevel: 2, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.annex,
      name: STYLE_NAMES.annex,
      basedOn: STYLE.body,
      next: STYLE.body,
      quickFormat: true,
      run: { font: font(FONTS.hei), size: SIZE.sanhao },
      paragraph: { outlineLevel: 0, keepNext: true, indent: { firstLine: 0 } },
    },
    {
      id: STYLE.caption,
      name: STYLE_NAMES.caption,
      basedOn: STYLE.body,
      next: STYLE.body,
      run: { font: font(FONTS.hei), size: SIZE.sihao },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true, spacing: exact(LINE_28PT, 120, 60) },
    },
    {
      id: STYLE.cell,
      name: STYLE_NAMES.cell,
      basedOn: STYLE.body,
      run: { font: font(FONTS.fang), size: SIZE.wuhao },
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: { line: 260, lineRule: LineRuleType.AUTO, before: 20, after: 20 } },
    },
    {
      id: STYLE.footer,
      name: STYLE_NAMES.footer,
      basedOn: STYLE.body,
      run: { font: font(FONTS.fang), size: SIZE.sihao },
      paragraph: { indent: { firstLine: 0 }, spacing: { line: 240, lineRule: LineRuleType.AUTO } },
    },
  ];
}
