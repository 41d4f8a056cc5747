import type { Locale } from '../index.js';

/** Every message the CLI itself prints (library issues bring their own localized text). */
interface CliMessages {
  readonly fileNotFound: (path: string) => string;
  readonly notAFile: (path: string) => string;
  readonly notADirectory: (path: string) => string;
  readonly readFailed: (path: string, detail: string) => string;
  readonly writeFailed: (path: string, detail: string) => string;
  readonly fileTooLarge: (path: string, max: number) => string;
  readonly notUtf8: (path: string, offset: number, guess: string | undefined) => string;
  readonly invalidFile: (path: string, count: number) => string;
  readonly invalidOptions: (count: number) => string;
  readonly valid: (path: string, kind: string) => string;
  readonly unknownSystem: (id: string, available: string) => string;
  readonly badSystemFile: (path: string) => string;
  readonly badAsOf: (value: string) => string;
  readonly badBatchSource: (path: string) => string;
  readonly batchNeedsOut: () => string;
  readonly wrote: (path: string) => string;
  readonly deptOk: (n: number, source: string, name: string, total: string, grade: string) => string;
  readonly deptFailed: (n: number, source: string, first: string, more: number) => string;
  readonly batchDone: (ok: number, failed: number, outDir: string) => string;
  readonly batchInterrupted: (ok: number, failed: number, outDir: string) => string;
  readonly importReport: (rows: number, auto: number, manual: number) => string;
  readonly usage: (message: string) => string;
  readonly internal: (detail: string) => string;
}

const zhCN: CliMessages = {
  fileNotFound: (p) => `找不到文件：${p}`,
  notAFile: (p) => `不是文件：${p}`,
  notADirectory: (p) => `不是文件夹：${p}`,
  readFailed: (p, d) => `无法读取 ${p}：${d}`,
  writeFailed: (p, d) => `无法写入 ${p}：${d}`,
  notUtf8: (p, at, g) =>
    `${p} 不是 UTF-8 文本（第 ${at} 字节起无效）${g ? `，看起来是 ${g} 编码：请先转换为 UTF-8，例如 iconv -f ${g} -t UTF-8 ${p} > utf8.json` : '：请先转换为 UTF-8'}`,
  fileTooLarge: (p, max) => `文件过大：${p}（上限 ${max} 字节）`,
  invalidFile: (p, n) => `${p} 无效，共 ${n} 个问题：`,
  invalidOptions: (n) => `选项无效，共 ${n} 个问题：`,
  valid: (p, k) => `${p}：${k}有效`,
  unknownSystem: (id, a) => `未知的指标体系 ${id}，可用：${a}（也可传入 .json/.yaml/.xlsx/.xls/.csv 文件）`,
  badSystemFile: (p) => `无法识别的指标体系文件类型：${p}（支持 .json、.yaml、.yml、.xlsx、.xls、.csv）`,
  badAsOf: (v) => `--as-of 须为 YYYY-MM-DD 格式的日期，收到 ${JSON.stringify(v)}`,
  badBatchSource: (p) => `批量评价的输入须为文件夹或 .ndjson/.jsonl 文件：${p}`,
  batchNeedsOut: () => '批量评价须用 -o 指定输出文件夹',
  wrote: (p) => `已写入 ${p}`,
  deptOk: (n, s, name, t, g) => `[${n}] ${s}：${name} ${t} 分 ${g}`,
  deptFailed: (n, s, first, more) => `[${n}] ${s}：已跳过，${first}${more > 0 ? `（另有 ${more} 个问题）` : ''}`,
  batchInterrupted: (ok, f, out) => `批量评价已中断：成功 ${ok} 个，失败 ${f} 个；已写入的报告完整，summary.json、summary.md（标明 interrupted）已写入 ${out}`,
  batchDone: (ok, f, out) => `批量评价完成：成功 ${ok} 个，失败 ${f} 个；报告及 summary.json、summary.md 已写入 ${out}`,
  importReport: (rows, auto, manual) => `导入 ${rows} 个末级指标：${auto} 个按评分标准自动计分，${manual} 个改为人工评分`,
  usage: (m) => `用法错误：${m}（运行 jixiao --help 查看用法）`,
  internal: (d) => `内部错误（请报告此问题）：${d}`,
};

const en: CliMessages = {
  fileNotFound: (p) => `file not found: ${p}`,
  notAFile: (p) => `not a file: ${p}`,
  notADirectory: (p) => `not a directory: ${p}`,
  readFailed: (p, d) => `cannot read ${p}: ${d}`,
  writeFailed: (p, d) => `cannot write ${p}: ${d}`,
  notUtf8: (p, at, g) =>
    `${p} is not UTF-8 text (invalid from byte ${at})${g ? `; it looks like ${g}: convert it to UTF-8 first, e.g. iconv -f ${g} -t UTF-8 ${p} > utf8.json` : '; convert it to UTF-8 first'}`,
  fileTooLarge: (p, max) => `file too large: ${p} (limit ${max} bytes)`,
  invalidFile: (p, n) => `${p} is invalid, ${n} issue(s):`,
  invalidOptions: (n) => `invalid options, ${n} issue(s):`,
  valid: (p, k) => `${p}: valid ${k}`,
  unknownSystem: (id, a) => `unknown indicator system ${id}; available: ${a} (or pass a .json/.yaml/.xlsx/.xls/.csv file)`,
  badSystemFile: (p) => `unrecognised indicator-system file type: ${p} (use .json, .yaml, .yml, .xlsx, .xls or .csv)`,
  badAsOf: (v) => `--as-of must be a date YYYY-MM-DD, got ${JSON.stringify(v)}`,
  badBatchSource: (p) => `a batch reads a directory or an .ndjson/.jsonl file: ${p}`,
  batchNeedsOut: () => 'a batch needs an output directory: -o OUTDIR',
  wrote: (p) => `wrote ${p}`,
  deptOk: (n, s, name, t, g) => `[${n}] ${s}: ${name} ${t} ${g}`,
  deptFailed: (n, s, first, more) => `[${n}] ${s}: skipped, ${first}${more > 0 ? ` (+${more} more)` : ''}`,
  batchInterrupted: (ok, f, out) =>
    `batch interrupted: ${ok} ok, ${f} failed; every report written is complete; summary.json and summary.md (marked interrupted) written to ${out}`,
  batchDone: (ok, f, out) => `batch done: ${ok} ok, ${f} failed; reports, summary.json and summary.md written to ${out}`,
  importReport: (rows, auto, manual) => `imported ${rows} leaf indicators: ${auto} scored automatically, ${manual} fell back to manual`,
  usage: (m) => `usage error: ${m} (run jixiao --help)`,
  internal: (d) => `internal error (please report it): ${d}`,
};

/** The CLI's messages in a locale. */
export function cliMessages(locale: Locale): CliMessages {
  return locale === 'en' ? en : zhCN;
}

/** The locale asked for on the command line (`--locale en` / `--locale=en`), before commander parses it. */
export function localeFromArgv(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--locale' && argv[i + 1] === 'en') return 'en';
    if (a === '--locale=en') return 'en';
  }
  return 'zh-CN';
}
