/**
 * The embedded stylesheet. Only local fonts: no downloads.
 *
 * Screen: a white A4-like sheet on wide screens; below 700 px (a phone is 390 px) the sheet's
 * margins go, the body column takes the width, numbers never break inside (right-aligned cells do not
 * wrap and use tabular figures, paragraphs break only between words), and a wide table scrolls sideways
 * inside its own container.
 *
 * Print, after GB/T 9704-2012: A4 with the 156 mm × 225 mm type area (天头 37 mm, 订口 28 mm); body 三号
 * (16 pt) 仿宋 on 28-pt lines, title 二号 (22 pt) 小标宋 broken only between its pieces, 一、 headings
 * 黑体, （一） headings 楷体, 1. headings 仿宋 bold (黑体 in print, see below); page numbers "— 1 —" in 四号 (14 pt) at the foot,
 * odd pages right and even pages left (§7.5; CSS page-margin boxes, printed by Chromium since 131);
 * 附表1 printed across the page (A4 landscape, a named page);
 * 附件说明 and 落款 at the end of the body; each annex starts a new page with its 附件 label. The
 * body's sections run on (no forced break that would leave a page mostly empty); headings keep with
 * what follows, table headers repeat, rows and figures are not split. Fallback fonts are declared for
 * machines without the Chinese Windows fonts (STFangsong, Noto Serif CJK SC …). In print the free
 * TrueType faces (AR PL UMing/UKai, WenQuanYi Zen Hei) come before Noto CJK, and emphasis is set in 黑体
 * rather than a synthesised bold: Chromium embeds CFF fonts such as Noto CJK, and any synthesised bold,
 * as unnamed Type 3 fonts, so a PDF printed from them has no font names a reviewer can check.
 * @internal
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --rule: #9a9a9a; --muted: #555; --head: #f0f2f5; --alert: #9b1c1c;
  --fang: FangSong, "仿宋", "FangSong_GB2312", "仿宋_GB2312", STFangsong, "华文仿宋", "Noto Serif CJK SC", "Source Han Serif SC", SimSun, "宋体", serif;
  --hei: SimHei, "黑体", STHeiti, "华文黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  --kai: KaiTi, "楷体", "KaiTi_GB2312", "楷体_GB2312", STKaiti, "华文楷体", "Noto Serif CJK SC", serif;
  --song: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", STZhongsong, "华文中宋", SimSun, "宋体", "Noto Serif CJK SC", serif; }
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0; background: #eceef1; color: var(--ink); font-family: var(--fang); line-height: 1.8; }
main.report { max-width: 210mm; margin: 24px auto; padding: 24mm 26mm 24mm 28mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
h1, h2, h3, h4 { line-height: 1.5; break-after: avoid; page-break-after: avoid; }
h1 { font-family: var(--song); font-weight: normal; font-size: 1.6rem; text-align: center; margin: 0 0 .5em; }
h1 .nw { white-space: nowrap; }
h2 { font-family: var(--hei); font-weight: normal; font-size: 1.15rem; margin: 1.4em 0 .5em; }
h3 { font-family: var(--kai); font-weight: normal; font-size: 1.05rem; margin: 1em 0 .4em; }
h4 { font-family: var(--fang); font-weight: bold; font-size: 1rem; margin: .8em 0 .3em; }
p { margin: 0 0 .6em; text-indent: 2em; text-align: justify; overflow-wrap: break-word; }
.meta { text-indent: 0; text-align: center; color: var(--muted); font-size: .9rem; }
p.annex-label { text-indent: 0; font-family: var(--hei); margin: 0 0 .3em; }
.closing { margin: 2em 0 1em; }
p.annex-list { text-indent: 2em; margin: 0; white-space: pre-wrap; }
p.signature { text-indent: 0; text-align: right; margin: 0; padding-right: 4em; }
.closing p.annex-list + p.signature { margin-top: 2em; }
figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { text-align: center; font-size: .9rem; color: var(--muted); }
svg.chart { display: block; max-width: 100%; height: auto; margin: 0 auto; font-family: inherit; }
svg.chart text { fill: var(--ink); }
.table-wrap { max-width: 100%; overflow-x: auto; margin: .6em 0 1em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: .82rem; line-height: 1.5; }
caption { font-family: var(--hei); padding-bottom: .3em; }
caption.same-as-heading { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
th, td { border: 1px solid var(--rule); padding: .25em .4em; vertical-align: top; overflow-wrap: break-word; }
th { background: var(--head); font-family: var(--hei); font-weight: normal; }
.align-right { text-align: right; } .align-center { text-align: center; } .align-left { text-align: left; }
td.align-right { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.align-center { word-break: keep-all; }
tr.group td { font-weight: bold; }
tr.alert td { font-weight: bold; color: var(--alert); }
tr.alert td:first-child { box-shadow: inset 3px 0 0 var(--alert); }
/* A 【待核实】 note for the author: set apart by a rule and a border (the word carries it in print and in Word). */
p.flag { font-weight: bold; color: var(--alert); border-left: 3px solid var(--alert); padding-left: .6em; text-indent: 0; }
td.lvl-1 { padding-left: 1.4em; } td.lvl-2 { padding-left: 2.4em; } td.lvl-3 { padding-left: 3.4em; }
td.lvl-4, td.lvl-5, td.lvl-6 { padding-left: 4.4em; }
#tbl-scores { font-size: .74rem; }
thead { display: table-header-group; }
tr, figure, svg { break-inside: avoid; page-break-inside: avoid; }
@media screen and (max-width: 700px) {
  body { background: #fff; }
  main.report { max-width: none; margin: 0; padding: 12px 14px; box-shadow: none; }
  h1 { font-size: 1.4rem; }
  h1 .nw { white-space: normal; }
}
@media screen {
  #tbl-scores { min-width: 800px; }
  #tbl-findings { min-width: 560px; }
}
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
/* No centred number: GB/T 9704 puts it outside (right on odd pages, left on even). */
@page { @bottom-center { content: none; } }
@page :right { @bottom-right { content: "— " counter(page) " —"; font-family: "Times New Roman", "DejaVu Serif", serif; font-size: 14pt; margin-right: 1em; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font-family: "Times New Roman", "DejaVu Serif", serif; font-size: 14pt; margin-left: 1em; } }
/* 附表1 has eight or nine columns: printed across the page (横排表格, GB/T 9704 §10), the type area turned with it. */
@page wide { size: A4 landscape; margin: 28mm 37mm 26mm 35mm; }
@media print {
  :root {
    --fang: FangSong, "仿宋", "FangSong_GB2312", "仿宋_GB2312", STFangsong, "华文仿宋", "AR PL UMing CN", "DejaVu Sans Mono", "Noto Serif CJK SC", SimSun, "宋体", serif;
    --hei: SimHei, "黑体", STHeiti, "华文黑体", "WenQuanYi Zen Hei", "DejaVu Sans Mono", "Noto Sans CJK SC", sans-serif;
    --kai: KaiTi, "楷体", "KaiTi_GB2312", "楷体_GB2312", STKaiti, "华文楷体", "AR PL UKai CN", "DejaVu Sans Mono", "Noto Serif CJK SC", serif;
    --song: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", STZhongsong, "华文中宋", SimSun, "宋体", "AR PL UMing CN", "DejaVu Sans Mono", "Noto Serif CJK SC", serif; }
  strong, b, h4, tr.group td, tr.alert td, p.flag, svg text { font-weight: normal !important; }
  strong, b, h4, tr.group td, tr.alert td, p.flag { font-family: var(--hei); }
  html { font-size: 16pt; }
  section#app-1 { page: wide; }
  body { background: #fff; line-height: 28pt; }
  main.report { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h1 { font-size: 22pt; line-height: 1.4; margin-bottom: 28pt; }
  h2, h3, h4 { font-size: 16pt; line-height: 28pt; margin: 0; }
  p { margin: 0; }
  .meta { font-size: 16pt; }
  section.annex { break-before: page; page-break-before: always; }
  /* GB/T 9704 §7.3.5: the 落款 never stands alone on a page — it takes the body's last lines with it. */
  .closing { break-before: avoid; page-break-before: avoid; break-inside: avoid; page-break-inside: avoid; }
  main.report > section:last-of-type:not(.annex) > section:last-child > p:last-child { break-after: avoid; page-break-after: avoid; }
  table { font-size: 10.5pt; line-height: 1.4; }
  #tbl-scores { font-size: 10pt; }
  figcaption { font-size: 14pt; }
  tr.alert td { color: inherit; }
  p.flag { color: inherit; }
  a { color: inherit; text-decoration: none; }
}
`;
