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
  readonly notInEncoding: (path: string, encoding: string) => string;
  readonly ndjsonEncoding: (encoding: string) => string;
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
  readonly unknownOption: (flag: string) => string;
  readonly unknownCommand: (name: string) => string;
  readonly didYouMean: (what: string) => string;
  readonly missingArgument: (name: string) => string;
  readonly optionMissingArgument: (flag: string) => string;
  readonly missingMandatoryOption: (flag: string) => string;
  readonly invalidChoice: (flag: string, value: string, choices: string) => string;
  readonly invalidOptionValue: (flag: string, value: string, detail: string) => string;
  readonly excessArguments: (expected: string, received: string) => string;
  readonly conflictingOptions: (a: string, b: string) => string;
  readonly badCommandLine: (raw: string) => string;
  readonly badOutputExtension: (path: string, known: string) => string;
  readonly rulesFailed: (path: string, errors: number, warnings: number) => string;
  readonly rulesPassed: (path: string, errors: number, warnings: number) => string;
  readonly findingLine: (severity: 'error' | 'warning', title: string, message: string, ruleId: string) => string;
  readonly ruleErrors: (count: number) => string;
  readonly demoSummary: (name: string, total: string, grade: string, fail: number, errors: number) => string;
  readonly demoFullReport: () => string;
}

const zhCN: CliMessages = {
  fileNotFound: (p) => `找不到文件：${p}`,
  notAFile: (p) => `不是文件：${p}`,
  notADirectory: (p) => `不是文件夹：${p}`,
  readFailed: (p, d) => `无法读取 ${p}：${d}`,
  writeFailed: (p, d) => `无法写入 ${p}：${d}`,
  notUtf8: (p, at, g) =>
    `${p} 不是 UTF-8 文本（第 ${at} 字节起无效）${g ? `，看起来是 ${g} 编码：加 --encoding ${g.toLowerCase()} 按该编码读取，或先转换为 UTF-8，例如 iconv -f ${g} -t UTF-8 ${p} > utf8.json` : '：请先转换为 UTF-8，或用 --encoding 指定其编码'}`,
  notInEncoding: (p, e) => `${p} 不是有效的 ${e} 文本：请检查 --encoding（缺省为 UTF-8）`,
  ndjsonEncoding: (e) => `NDJSON 按换行字节分行，不能用 ${e} 编码：请先转换为 UTF-8`,
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
  unknownOption: (f) => `未知的选项 ${f}`,
  unknownCommand: (n) => `未知的命令 ${n}`,
  didYouMean: (w) => `（是否指 ${w}？）`,
  missingArgument: (n) => `缺少必需的参数 <${n}>`,
  optionMissingArgument: (f) => `选项 ${f} 缺少取值`,
  missingMandatoryOption: (f) => `必须指定选项 ${f}`,
  invalidChoice: (f, v, c) => `选项 ${f} 的取值 ${JSON.stringify(v)} 无效，可选：${c}`,
  invalidOptionValue: (f, v, d) => `选项 ${f} 的取值 ${JSON.stringify(v)} 无效${d ? `：${d}` : ''}`,
  excessArguments: (e, r) => `参数过多：应为 ${e} 个，收到 ${r} 个`,
  conflictingOptions: (a, b) => `选项 ${a} 不能与 ${b} 同时使用`,
  badCommandLine: () => '无法解析命令行参数',
  badOutputExtension: (p, k) => `无法从文件名 ${p} 判断报告格式：请使用扩展名 ${k}，或用 --format 指定`,
  rulesFailed: (p, e, w) => `${p}：结构有效，但规则审核未通过：强制性 ${e} 项，提示性 ${w} 项`,
  rulesPassed: (p, e, w) => `${p}：评价输入有效，规则审核：强制性 ${e} 项未通过，提示性 ${w} 项未通过`,
  findingLine: (s, t, msg, id) => `  - 【${s === 'error' ? '强制性' : '提示性'}】${t}：${msg} [${id}]`,
  ruleErrors: (n) => `  另有 ${n} 条规则无法执行（缺少数据或规则错误），见完整报告`,
  demoSummary: (name, total, grade, fail, e) => `${name}：${total} 分，${grade}；规则审核未通过 ${fail} 项（其中强制性 ${e} 项）`,
  demoFullReport: () =>
    '完整报告：jixiao demo -o enyang.md（或 --format html -o enyang.html）；输出到管道或文件时（如 jixiao demo > enyang.md）写出完整 Markdown',
};

const en: CliMessages = {
  fileNotFound: (p) => `file not found: ${p}`,
  notAFile: (p) => `not a file: ${p}`,
  notADirectory: (p) => `not a directory: ${p}`,
  readFailed: (p, d) => `cannot read ${p}: ${d}`,
  writeFailed: (p, d) => `cannot write ${p}: ${d}`,
  notUtf8: (p, at, g) =>
    `${p} is not UTF-8 text (invalid from byte ${at})${g ? `; it looks like ${g}: read it with --encoding ${g.toLowerCase()}, or convert it to UTF-8 first, e.g. iconv -f ${g} -t UTF-8 ${p} > utf8.json` : '; convert it to UTF-8 first, or name its encoding with --encoding'}`,
  notInEncoding: (p, e) => `${p} is not valid ${e} text: check --encoding (the default is UTF-8)`,
  ndjsonEncoding: (e) => `NDJSON is split into lines at the line-feed byte and cannot be read as ${e}: convert it to UTF-8 first`,
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
  unknownOption: (f) => `unknown option ${f}`,
  unknownCommand: (n) => `unknown command ${n}`,
  didYouMean: (w) => ` (did you mean ${w}?)`,
  missingArgument: (n) => `missing required argument <${n}>`,
  optionMissingArgument: (f) => `option ${f} needs a value`,
  missingMandatoryOption: (f) => `option ${f} is required`,
  invalidChoice: (f, v, c) => `invalid value ${JSON.stringify(v)} for ${f}; choose one of ${c}`,
  invalidOptionValue: (f, v, d) => `invalid value ${JSON.stringify(v)} for ${f}${d ? `: ${d}` : ''}`,
  excessArguments: (e, r) => `too many arguments: expected ${e}, received ${r}`,
  conflictingOptions: (a, b) => `option ${a} cannot be used with ${b}`,
  badCommandLine: (raw) => `cannot parse the command line: ${raw}`,
  badOutputExtension: (p, k) => `cannot tell the report format from the file name ${p}: use the extension ${k}, or set --format`,
  rulesFailed: (p, e, w) => `${p}: the shape is valid, but the rules failed: ${e} mandatory (强制性), ${w} advisory (提示性)`,
  rulesPassed: (p, e, w) => `${p}: valid evaluation input; rules: ${e} mandatory and ${w} advisory failed`,
  findingLine: (s, t, msg, id) => `  - [${s === 'error' ? 'mandatory' : 'advisory'}] ${t}: ${msg} [${id}]`,
  ruleErrors: (n) => `  ${n} more rule(s) could not run (missing data or a rule error): see the full report`,
  demoSummary: (name, total, grade, fail, e) => `${name}: ${total} points, ${grade}; ${fail} rule(s) failed (${e} mandatory)`,
  demoFullReport: () =>
    'Full report: jixiao demo -o enyang.md (or --format html -o enyang.html); piped or redirected (jixiao demo > enyang.md) it writes the whole Markdown',
};

/** The CLI's messages in a locale. */
export function cliMessages(locale: Locale): CliMessages {
  return locale === 'en' ? en : zhCN;
}

/**
 * The locale of the environment: `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set) when it
 * names English (`en_US.UTF-8`) or Chinese (`zh_CN.UTF-8`); zh-CN otherwise (`C.UTF-8`, unset).
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.@-]|$)/i.test(value) ? 'en' : 'zh-CN';
}

/**
 * The locale asked for on the command line (`--locale en` / `--locale=en`), before commander
 * parses it; without `--locale`, the environment's ({@link localeFromEnv}).
 */
export function localeFromArgv(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a === '--locale' ? argv[i + 1] : a?.startsWith('--locale=') ? a.slice('--locale='.length) : undefined;
    if (value === 'en' || value === 'zh-CN') return value;
  }
  return localeFromEnv(env);
}

/** The long form of commander's flags text: "-f, --format <format>" → "--format". */
function flagName(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? flags.split(/[ ,]/)[0] ?? flags;
}

/**
 * A commander parsing error (its code and English message) in the CLI's words, wholly in the
 * locale: commander's own text is never shown after a Chinese prefix.
 */
export function usageErrorText(code: string, message: string, locale: Locale): string {
  const m = cliMessages(locale);
  const raw = message.replace(/^error:\s*/i, '').trim();
  const suggestion = /\(Did you mean (?:one of )?(.*?)\?\)/.exec(raw)?.[1];
  const hint = suggestion ? m.didYouMean(suggestion) : '';
  let text: string | undefined;
  let g: RegExpExecArray | null;
  switch (code) {
    case 'commander.unknownOption':
      if ((g = /unknown option '([^']*)'/.exec(raw))) text = m.unknownOption(g[1] ?? '') + hint;
      break;
    case 'commander.unknownCommand':
      if ((g = /unknown command '([^']*)'/.exec(raw))) text = m.unknownCommand(g[1] ?? '') + hint;
      break;
    case 'commander.missingArgument':
      if ((g = /missing required argument '([^']*)'/.exec(raw))) text = m.missingArgument(g[1] ?? '');
      break;
    case 'commander.optionMissingArgument':
      if ((g = /option '([^']*)' argument missing/.exec(raw))) text = m.optionMissingArgument(flagName(g[1] ?? ''));
      break;
    case 'commander.missingMandatoryOptionValue':
      if ((g = /required option '([^']*)' not specified/.exec(raw))) text = m.missingMandatoryOption(flagName(g[1] ?? ''));
      break;
    case 'commander.invalidArgument':
      if ((g = /option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/s.exec(raw))) {
        text = m.invalidChoice(flagName(g[1] ?? ''), g[2] ?? '', g[3] ?? '');
      } else if ((g = /command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/s.exec(raw))) {
        text = m.invalidChoice(`<${g[2] ?? ''}>`, g[1] ?? '', g[3] ?? '');
      } else if ((g = /option '([^']*)' argument '([^']*)' is invalid\.\s*(.*)$/s.exec(raw))) {
        text = m.invalidOptionValue(flagName(g[1] ?? ''), g[2] ?? '', g[3] ?? '');
      }
      break;
    case 'commander.excessArguments':
      if ((g = /Expected (\d+) arguments? but got (\d+)/.exec(raw))) text = m.excessArguments(g[1] ?? '', g[2] ?? '');
      break;
    case 'commander.conflictingOption':
      if ((g = /^(.*) cannot be used with (.*)$/.exec(raw))) text = m.conflictingOptions(g[1] ?? '', g[2] ?? '');
      break;
  }
  return m.usage(text ?? m.badCommandLine(raw));
}
