/** fast-check arbitraries of report view models whose every string is hostile (markup, Markdown, control characters, lone surrogates). */
import fc from 'fast-check';
import type { BarChart, ReportBlock, ReportSection, ReportView, TableBlock } from '../../src/render/index.js';

/** Characters and fragments that escaping or parsing could get wrong, in HTML or in Markdown. */
export const HOSTILE = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '`',
  '=',
  '/',
  '\\',
  '|',
  '*',
  '_',
  '~',
  '[',
  ']',
  '(',
  ')',
  '!',
  '#',
  '-',
  '+',
  ':',
  '.',
  '1.',
  '2)',
  '</script>',
  '</style>',
  '<!--',
  '&amp;',
  '&#x3C;',
  '&lt',
  '&copy',
  '<b>',
  '<http://x.y>',
  '[a](b)',
  '![i](s)',
  '[^1]',
  '**',
  '__',
  '~~',
  '```',
  '~~~',
  '---',
  '===',
  '***',
  '> ',
  '# ',
  '## x ##',
  '- ',
  '+ ',
  '1. ',
  '| - |',
  ':-',
  '-:',
  '\\\\',
  '\\*',
  '\0',
  '\x01',
  '\x7f',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  '\f',
  ' ',
  '  ',
  '    ',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ud800',
  '\udfff',
  '😀',
  '中文',
  '，',
  '（',
  '、',
  '万元',
  'http://',
  'HTTPS://a',
  'www.',
  'WWW.a',
  'a@b.c',
  '_@',
  'mailto:',
  'xmpp:a@b.c',
] as const;

/** Any UTF-16 code unit (lone surrogates included), mixed with the hostile fragments and plain letters. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }),
  fc.constantFrom('a', 'b', '1', '中', '关于'),
);
/** A hostile string. */
export const str = fc.array(unit, { maxLength: 10 }).map((a) => a.join(''));

const decimal = fc.tuple(fc.nat({ max: 99999 }), fc.nat({ max: 99 })).map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`);
const align = fc.constantFrom('left' as const, 'right' as const, 'center' as const);

const table: fc.Arbitrary<TableBlock> = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    kind: fc.constant('table' as const),
    id: str,
    caption: str,
    columns: fc.array(fc.record({ label: str, align, width: str }, { requiredKeys: ['label', 'align'] }), { minLength: n, maxLength: n }),
    rows: fc.array(
      fc.record(
        {
          cells: fc.array(str, { minLength: n, maxLength: n }),
          level: fc.nat({ max: 8 }),
          emphasis: fc.boolean(),
          alert: fc.boolean(),
          data: fc.dictionary(fc.oneof(fc.constantFrom('rule-id', 'indicator-id'), str), str, { maxKeys: 2 }),
        },
        { requiredKeys: ['cells'] },
      ),
      { maxLength: 4 },
    ),
  }),
);

const chart: fc.Arbitrary<BarChart> = fc.integer({ min: 1, max: 4 }).chain((cats) =>
  fc.record({
    kind: fc.constant('bar' as const),
    title: str,
    description: str,
    unit: str,
    categories: fc.array(str, { minLength: cats, maxLength: cats }),
    series: fc.array(
      fc.record(
        {
          name: str,
          values: fc.array(decimal, { minLength: cats, maxLength: cats }),
          flags: fc.array(fc.option(str, { nil: undefined }), { minLength: cats, maxLength: cats }),
        },
        { requiredKeys: ['name', 'values'] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    format: fc.constantFrom('wan' as const, 'points' as const),
  }),
);

const block: fc.Arbitrary<ReportBlock> = fc.oneof(
  fc.record({ kind: fc.constant('paragraph' as const), text: str }),
  fc.record({ kind: fc.constant('paragraph' as const), text: str }),
  table,
  fc.record({ kind: fc.constant('figure' as const), id: str, caption: str, chart }),
);

const sectionAt = (depth: number): fc.Arbitrary<ReportSection> =>
  fc.record(
    {
      id: str,
      number: str,
      title: str,
      lang: fc.constantFrom('en' as const, 'zh-CN' as const),
      label: str,
      blocks: fc.array(block, { maxLength: 3 }),
      sections: depth >= 3 ? fc.constant([]) : fc.array(sectionAt(depth + 1), { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'number', 'title', 'blocks', 'sections'] },
  );

/** A report view model with hostile strings everywhere (tables have at least one column, rows one cell per column). */
export const viewArb: fc.Arbitrary<ReportView> = fc.record(
  {
    lang: fc.constant('zh-CN' as const),
    locale: fc.constantFrom('en' as const, 'zh-CN' as const),
    title: str,
    meta: fc.array(str, { maxLength: 2 }),
    intro: fc.array(block, { maxLength: 2 }),
    sections: fc.array(sectionAt(1), { maxLength: 3 }),
    appendices: fc.array(sectionAt(1), { maxLength: 2 }),
    closing: fc.record({ annexes: fc.array(str, { maxLength: 2 }), signature: fc.array(str, { maxLength: 2 }) }),
    generator: str,
  },
  { requiredKeys: ['lang', 'locale', 'title', 'meta', 'intro', 'sections', 'appendices', 'generator'] },
);
