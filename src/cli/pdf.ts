import { execFile } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EvaluationResult, Locale } from '../index.js';
import { renderHtml } from '../render/index.js';
import { EXIT } from './exitCodes.js';
import { failure, type Outcome, success } from './outcome.js';

/** The messages of `--format pdf` (zh-CN and en). */
const MESSAGES = {
  'zh-CN': {
    badPath: (p: string) => `CHROMIUM_PATH 指向的 ${p} 不存在或不可执行：请指向本机已安装的 Chromium 或 Chrome 可执行文件`,
    notFound: (tried: string) =>
      `未找到本机的 Chromium 或 Chrome（已查找：${tried}）。--format pdf 只使用本机已安装的浏览器，从不下载：请安装（如 Debian：apt-get install chromium）或设置 CHROMIUM_PATH`,
    failed: (p: string, detail: string) => `${p} 未能打印 PDF：${detail}`,
  },
  en: {
    badPath: (p: string) => `CHROMIUM_PATH points to ${p}, which does not exist or is not executable: point it at an installed Chromium or Chrome`,
    notFound: (tried: string) =>
      `no local Chromium or Chrome found (looked for: ${tried}). --format pdf only uses an installed browser and never downloads one: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH`,
    failed: (p: string, detail: string) => `${p} could not print the PDF: ${detail}`,
  },
} as const;

/** Executable names searched on PATH, then fixed install locations (Debian, Fedora, snap, macOS). */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

async function executable(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile() && (await access(path, constants.X_OK).then(() => true));
  } catch {
    return false;
  }
}

/**
 * The browser to print with: `CHROMIUM_PATH` when set (an error when it points nowhere), else the first
 * Chromium or Chrome on PATH or in a usual install location. Never downloads one.
 */
export async function findChromium(locale: Locale, env: NodeJS.ProcessEnv = process.env, locations: readonly string[] = LOCATIONS): Promise<Outcome<string>> {
  const m = MESSAGES[locale];
  const configured = env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== '') {
    return (await executable(configured)) ? success(configured) : failure(EXIT.io, m.badPath(configured));
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const candidate of [...dirs.flatMap((d) => NAMES.map((n) => join(d, n))), ...locations]) {
    if (await executable(candidate)) return success(candidate);
  }
  return failure(EXIT.io, m.notFound([...NAMES, ...locations].join(', ')));
}

function run(file: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: 120_000, maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${error.message}${stderr ? `\n${String(stderr).trim().split('\n').slice(-3).join('\n')}` : ''}`));
      else resolve();
    });
  });
}

/**
 * Print the HTML report to PDF with a locally installed Chromium (headless, a fresh profile, no network
 * services, no first-run or sync): A4 with the report's print stylesheet (it also sets the page numbers "— 1 —", GB/T 9704 §7.5), the report title
 * as the PDF's /Title (from `<title>`), and the fonts Chromium found embedded under their names.
 */
export async function renderPdf(result: EvaluationResult, locale: Locale, env: NodeJS.ProcessEnv = process.env): Promise<Outcome<Uint8Array>> {
  const browser = await findChromium(locale, env);
  if (!browser.ok) return browser;
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-pdf-'));
  try {
    const html = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    await writeFile(html, renderHtml(result, { locale }));
    await run(browser.value, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(html).href,
    ]);
    return success(new Uint8Array(await readFile(pdf)));
  } catch (e) {
    return failure(EXIT.io, MESSAGES[locale].failed(browser.value, e instanceof Error ? e.message : String(e)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
