import { rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { type Locale, VERSION } from '../../index.js';
import { type BatchCliOptions, evaluateItem, type RecordedResult } from '../batch/evaluateItem.js';
import { batchMessages } from '../batch/messages.js';
import { createPool, type Pool, workerScript } from '../batch/pool.js';
import { createBarProgress, createLineProgress, type Progress } from '../batch/progress.js';
import { SpillError } from '../batch/spill.js';
import { type BatchItem, countItems, dirItems, isNdjsonPath, ndjsonItems } from '../batch/sources.js';
import { closeAccumulator, createAccumulator, finishSummary, recordFailed, recordOk, type SummaryAccumulator, summaryJsonChunks } from '../batch/summary.js';
import { summaryMarkdownChunks } from '../batch/summaryMarkdown.js';
import { summaryXlsxChunks } from '../batch/summaryXlsx.js';
import { type ResolvedOptions, resolveOptions } from '../evaluateData.js';
import { EXIT, type ExitCode } from '../exitCodes.js';
import { finish } from '../finish.js';
import { ensureDirectory, writeChunks, writeText } from '../io.js';
import { cliMessages } from '../messages.js';
import { asOfOption, encodingOption, formatOption, localeOption, outputOption, rulesOption, systemOption } from '../options.js';
import { failure, type Outcome, success } from '../outcome.js';
import { binaryInBatch, isBinaryFormat } from '../binaryReport.js';
import { extensionOf } from '../report.js';

type Source = () => AsyncGenerator<BatchItem>;

async function openSource(path: string, locale: Locale, encoding: string | undefined): Promise<Outcome<Source>> {
  const m = cliMessages(locale);
  try {
    const s = await stat(path);
    if (s.isDirectory()) return success(() => dirItems(path, locale, encoding));
    if (s.isFile() && isNdjsonPath(path)) {
      // NDJSON is split into lines at the byte 0x0A, which in UTF-16 is half of many characters.
      if (encoding?.startsWith('utf-16')) return failure(EXIT.usage, m.ndjsonEncoding(encoding));
      return success(() => ndjsonItems(path, locale, undefined, encoding));
    }
    return failure(EXIT.usage, m.badBatchSource(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return failure(EXIT.io, code === 'ENOENT' ? m.fileNotFound(path) : m.readFailed(path, code ?? String(e)));
  }
}

/** A file-name-safe version of a department name. */
function slug(text: string): string {
  return text
    .replace(/[\\/:*?"<>|\u0000-\u001f\s]+/gu, '-')
    .replace(/^[-.]+|(?<!-)-+$/g, '')
    .slice(0, 80);
}

/**
 * The report file of a department. NDJSON: `line-<n>-<name>` — the line number makes it unique
 * (digits, then `-` or the end), so nothing about earlier departments is kept. Directory: the
 * entry's name without its extension; only there can two names collide (`a.json` and `a.yaml`, or
 * case), so only a directory batch keeps the names used (one short string per file; a directory of
 * 100,000 files is rare, an NDJSON file of 100,000 lines is the large case).
 */
function reportName(run: Run, item: BatchItem, name: string, ext: string): string {
  const slugged = item.nameInBase ? slug(name) : '';
  const base = slugged ? `${item.base}-${slugged}` : item.base;
  if (item.nameInBase) return `${base}${ext}`;
  let file = `${base}${ext}`;
  for (let i = 2; run.used.has(file.toLowerCase()); i++) file = `${base}-${i}${ext}`;
  run.used.add(file.toLowerCase());
  return file;
}

interface Run {
  readonly outDir: string;
  readonly opts: BatchCliOptions;
  readonly resolved: ResolvedOptions;
  readonly acc: SummaryAccumulator;
  /** Report names used, for directory sources only (see `reportName`). */
  readonly used: Set<string>;
  readonly progress: Progress;
}

const stripBullet = (line: string): string => line.replace(/^\s*- /, '');

/** The department name in data that could not be evaluated, when there is one. */
function nameIn(data: unknown): string | undefined {
  const name = (data as { department?: { name?: unknown } } | null)?.department?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

function skip(run: Run, n: number, source: string, lines: readonly string[], name?: string): void {
  const issues = lines.length > 1 ? lines.slice(1).map(stripBullet) : lines;
  recordFailed(run.acc, source, name, issues);
  run.progress.skip(cliMessages(run.opts.locale).deptFailed(n, source, issues[0] ?? '', issues.length - 1));
}

type Evaluated = Outcome<{ readonly result: RecordedResult; readonly text: string }>;

/** One department read and handed to be evaluated (in this thread, or a worker's). */
interface InFlight {
  readonly item: BatchItem;
  readonly n: number;
  readonly name: string | undefined;
  readonly done: Promise<Evaluated>;
}

/** Read a department and start its evaluation: in a worker when there is a pool, else here. */
async function start(run: Run, item: BatchItem, n: number, pool: Pool | undefined): Promise<InFlight> {
  const data = await item.read();
  const name = data.ok ? nameIn(data.value) : undefined;
  if (!data.ok) return { item, n, name, done: Promise.resolve(data) };
  const done = pool
    ? pool.run({ seq: n, source: item.source, data: data.value })
    : Promise.resolve(evaluateItem(run.resolved, run.opts, data.value, item.source));
  return { item, n, name, done };
}

/** Write a department's report and record it (in input order); a bad department is recorded and skipped. */
async function finishItem(run: Run, inFlight: InFlight): Promise<Outcome<void>> {
  const { opts } = run;
  const { item, n } = inFlight;
  const done = await inFlight.done;
  if (!done.ok) return success(skip(run, n, item.source, done.lines, inFlight.name));
  const { result, text } = done.value;
  const { name } = result.input.department;
  let file = '';
  if (!opts.summaryOnly) {
    file = reportName(run, item, name, extensionOf(opts.format));
    const written = await writeText(join(run.outDir, file), text, opts.locale, { mkdir: false });
    if (!written.ok) return written;
  }
  recordOk(run.acc, result, item.source, file);
  run.progress.tick(cliMessages(opts.locale).deptOk(n, item.source, name, result.score.total, result.score.grade.label), name);
  return success(undefined);
}

async function runBatch(sourcePath: string, opts: BatchCliOptions): Promise<Outcome<ExitCode>> {
  const { locale } = opts;
  const m = cliMessages(locale);
  const outDir = opts.output;
  if (outDir === undefined) return failure(EXIT.usage, m.batchNeedsOut());
  if (isBinaryFormat(opts.format)) return failure(EXIT.usage, m.usage(binaryInBatch(opts.format, locale)));
  const source = await openSource(sourcePath, locale, opts.encoding);
  if (!source.ok) return source;
  const resolved = await resolveOptions(opts);
  if (!resolved.ok) return resolved;
  try {
    await ensureDirectory(outDir);
  } catch (e) {
    return failure(EXIT.io, m.writeFailed(outDir, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  const tty = process.stderr.isTTY === true;
  const progress = tty ? createBarProgress(process.stderr, await countItems(source.value())) : createLineProgress(process.stderr);
  // An earlier run's summary must not sit beside this run's reports: it goes now, and the new
  // one is written at the end (also on Ctrl-C, marked interrupted).
  try {
    await Promise.all(['summary.json', 'summary.md', 'summary.xlsx'].map((f) => rm(join(outDir, f), { force: true })));
  } catch (e) {
    return failure(EXIT.io, m.writeFailed(outDir, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  const run: Run = {
    outDir,
    opts,
    resolved: resolved.value,
    acc: createAccumulator(),
    used: new Set(['summary.json', 'summary.md', 'summary.xlsx']),
    progress,
  };
  // The first Ctrl-C stops the batch after the department in hand (whose report is written whole,
  // under a temporary name then renamed); a second one ends the process at once.
  let interrupted = false;
  const onInterrupt = (): void => {
    if (!interrupted) {
      interrupted = true;
      return;
    }
    process.removeListener('SIGINT', onInterrupt);
    process.kill(process.pid, 'SIGINT');
  };
  process.on('SIGINT', onInterrupt);
  try {
    const jobs = opts.jobs ?? availableParallelism();
    const script = jobs > 1 ? workerScript() : undefined;
    const pool = script ? createPool(script, jobs, opts, m.internal) : undefined;
    try {
      // Departments are evaluated `jobs` at a time, and finished (written, recorded, reported) in
      // input order: the summary is the same whatever the number of jobs. At most 2 × jobs are in hand.
      const queue: InFlight[] = [];
      let n = 0;
      for await (const item of source.value()) {
        queue.push(await start(run, item, ++n, pool));
        while (queue.length >= (pool ? 2 * jobs : 1)) {
          const done = await finishItem(run, queue.shift() as InFlight);
          if (!done.ok) return done;
        }
        if (interrupted) break;
      }
      while (queue.length > 0) {
        const done = await finishItem(run, queue.shift() as InFlight);
        if (!done.ok) return done;
      }
    } catch (e) {
      if (e instanceof SpillError) return failure(EXIT.io, m.writeFailed(e.path, e.code));
      return failure(EXIT.io, m.readFailed(sourcePath, (e as NodeJS.ErrnoException).code ?? String(e)));
    } finally {
      progress.stop();
      await pool?.close();
    }
    // The ranking and failure rows are read back from the accumulator's spill file, once per file.
    const summary = { ...finishSummary(run.acc, VERSION, opts.format), ...(interrupted ? { interrupted: true as const } : {}) };
    const json = await writeChunks(join(outDir, 'summary.json'), summaryJsonChunks(summary), locale);
    if (!json.ok) return json;
    const md = await writeChunks(join(outDir, 'summary.md'), summaryMarkdownChunks(summary, locale), locale);
    if (!md.ok) return md;
    const xlsx = await writeChunks(join(outDir, 'summary.xlsx'), { bytes: summaryXlsxChunks(summary, locale) }, locale);
    if (!xlsx.ok) return xlsx;
    if (interrupted) {
      process.stderr.write(`${m.batchInterrupted(summary.evaluated, summary.failed, outDir)}\n`);
      return success(EXIT.partial);
    }
    const doneLine = opts.summaryOnly
      ? batchMessages(locale).summaryOnlyDone(summary.evaluated, summary.failed, outDir)
      : batchMessages(locale).done(summary.evaluated, summary.failed, outDir);
    process.stdout.write(`${doneLine}\n`);
    return success(summary.failed > 0 ? EXIT.partial : EXIT.ok);
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    closeAccumulator(run.acc);
  }
}

/** `jixiao batch DIR|FILE.ndjson -o OUTDIR`: evaluate many departments, one report each plus a summary. */
export function registerBatch(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('batch')
    .summary('evaluate many departments, with a summary / 批量评价')
    .description('evaluate many departments: a directory of .json/.yaml files or an .ndjson file, one department per line / 批量评价')
    .argument('<source>', 'a directory, or an .ndjson/.jsonl file')
    .addOption(outputOption('output directory: one report per department, summary.json, summary.md and summary.xlsx / 输出文件夹', 'dir'))
    .addOption(systemOption())
    .addOption(rulesOption())
    .addOption(formatOption())
    .addOption(localeOption())
    .addOption(asOfOption())
    .addOption(encodingOption())
    .addOption(new Option('--summary-only', 'write only summary.json, summary.md and summary.xlsx, no per-department reports / 只输出汇总'))
    .addOption(
      new Option('-j, --jobs <n>', 'departments evaluated at once, on worker threads (default: the number of cores) / 并行数').argParser((v: string) => {
        if (!/^[1-9]\d{0,3}$/.test(v)) throw new InvalidArgumentError('expected a whole number from 1 to 9999');
        return Number.parseInt(v, 10);
      }),
    )
    .addHelpText(
      'after',
      [
        '',
        'Departments are read one at a time (NDJSON line by line); what the summary needs of each (name,',
        'total, grade, failed rule ids) goes to a temporary file in the temp folder, deleted at the end,',
        'so memory stays flat however many departments run. A department that cannot be read or evaluated',
        'is reported on stderr and in summary.json, and skipped: the batch goes on and exits with 3.',
        '',
        'Example:',
        '  jixiao batch departments/ -o reports/ --format html',
      ].join('\n'),
    )
    .action(async (sourcePath: string, opts: BatchCliOptions) => {
      setExit(finish(await runBatch(sourcePath, opts)));
    });
}
