/**
 * The embedded stylesheet: readable on screen, and on paper A4 with the GB/T 9704-2012 type
 * area (156 mm × 225 mm; margins 37 mm top, 28 mm binding side), page breaks before each major
 * section, table headers repeated and rows never split. Only local fonts: no downloads.
 * @internal
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --rule: #9a9a9a; --muted: #555; --head: #f0f2f5; }
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0; background: #eceef1; color: var(--ink);
  font-family: FangSong, "仿宋", "FangSong_GB2312", "仿宋_GB2312", SimSun, "宋体", "Noto Serif CJK SC", "Noto Sans CJK SC", serif;
  line-height: 1.8; }
main.report { max-width: 210mm; margin: 24px auto; padding: 24mm 26mm 24mm 28mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
h1, h2, h3, h4 { font-weight: bold; line-height: 1.5; break-after: avoid; page-break-after: avoid; }
h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", SimSun, "宋体", "Noto Serif CJK SC", serif; font-size: 1.6rem; text-align: center; margin: 0 0 .5em; }
h2 { font-family: SimHei, "黑体", "Noto Sans CJK SC", sans-serif; font-size: 1.15rem; margin: 1.4em 0 .5em; }
h3 { font-family: KaiTi, "楷体", "KaiTi_GB2312", "Noto Serif CJK SC", serif; font-size: 1.05rem; margin: 1em 0 .4em; }
h4 { font-size: 1rem; margin: .8em 0 .3em; }
p { margin: 0 0 .6em; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
.meta { text-indent: 0; text-align: center; color: var(--muted); font-size: .9rem; }
figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { text-align: center; font-size: .9rem; color: var(--muted); }
svg.chart { display: block; max-width: 100%; height: auto; margin: 0 auto; font-family: inherit; }
svg.chart text { fill: var(--ink); }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: .6em 0 1em; font-size: .82rem; line-height: 1.5; }
caption { font-weight: bold; padding-bottom: .3em; }
caption.same-as-heading { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
th, td { border: 1px solid var(--rule); padding: .25em .4em; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
th { background: var(--head); }
.align-right { text-align: right; } .align-center { text-align: center; } .align-left { text-align: left; }
td.align-right, td.align-center { word-break: keep-all; overflow-wrap: anywhere; }
#tbl-findings { font-size: .74rem; }
tr.group td { font-weight: bold; }
td.lvl-1 { padding-left: 1.4em; } td.lvl-2 { padding-left: 2.4em; } td.lvl-3 { padding-left: 3.4em; }
td.lvl-4, td.lvl-5, td.lvl-6 { padding-left: 4.4em; }
thead { display: table-header-group; }
tr, figure, svg { break-inside: avoid; page-break-inside: avoid; }
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@media print {
  html { font-size: 12pt; }
  body { background: #fff; }
  main.report { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  section.major { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
}
`;
