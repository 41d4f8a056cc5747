// The documentation site as `npm run docs` builds it (typedoc with the guides in docs/ as project
// documents, warnings are errors), opened in Debian's chromium: the home page and a guide render,
// and every internal link resolves to a file that exists.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { ROOT } from './buildPackage.js';

const exec = promisify(execFile);
let site = '';
let built = false; // true when this test built the site (and so removes it)

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? htmlFiles(path) : e.name.endsWith('.html') ? [path] : [];
  });
}

/** Local targets of a page's hrefs (no scheme or file:), without query and fragment, resolved from the page. */
function localTargets(page: string, hrefs: readonly string[]): string[] {
  return hrefs
    .filter((h) => h !== '' && !h.startsWith('#') && (h.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:/i.test(h)))
    .map((h) => {
      const bare = h.replace(/[?#].*$/, '');
      return bare.startsWith('file:') ? fileURLToPath(bare) : resolve(dirname(page), decodeURIComponent(bare));
    });
}

function missing(targets: readonly string[]): string[] {
  return targets.filter((t) => !existsSync(t) || (statSync(t).isDirectory() && !existsSync(join(t, 'index.html'))));
}

beforeAll(async () => {
  // JIXIAO_SITE=<dir> checks an already built site instead (e.g. `site/` after `npm run docs`).
  const given = process.env['JIXIAO_SITE'];
  if (given) {
    site = resolve(given);
    return;
  }
  site = mkdtempSync(join(tmpdir(), 'jixiao-site-'));
  built = true;
  const options = { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 };
  if (process.env['JIXIAO_DIST'] && resolve(ROOT, process.env['JIXIAO_DIST']) === join(ROOT, 'dist')) {
    // `npm test` built dist/ and schema/ already: the rest of `npm run docs`, without building again.
    await exec(process.execPath, ['scripts/gen-docs.mjs'], options);
    await exec(process.execPath, [join(ROOT, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', site], options);
    return;
  }
  // The real command (build, generated pages, typedoc with warnings as errors), into a temp folder.
  await exec('npm', ['run', 'docs', '--silent', '--', '--out', site], options);
}, 600_000);

afterAll(() => {
  if (built) rmSync(site, { recursive: true, force: true });
});

describe('documentation site', () => {
  it('has a home page, the API and the guides', () => {
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    const pages = htmlFiles(site).map((p) => relative(site, p));
    for (const guide of [/^documents\/Command_line\.html$/, /^documents\/Input_format\.html$/, /^documents\/Getting_started\.html$/]) {
      expect(
        pages.some((p) => guide.test(p.split(sep).join('/'))),
        String(guide),
      ).toBe(true);
    }
  });

  it('opens in chromium: home page and the CLI guide, every internal link resolves', async () => {
    const cliGuide = htmlFiles(site).find((p) => p.endsWith(join('documents', 'Command_line.html')));
    expect(cliGuide).toBeDefined();
    const context = await launchChromium();
    try {
      for (const file of [join(site, 'index.html'), cliGuide as string]) {
        const page = await context.newPage();
        await page.goto(pathToFileURL(file).href);
        expect(await page.title()).toContain('jixiao');
        const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
        const targets = localTargets(file, hrefs);
        expect(targets.length, relative(site, file)).toBeGreaterThan(3);
        expect(missing(targets), relative(site, file)).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  }, 120_000);

  it('every page: internal hrefs resolve (static check of all pages)', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(site)) {
      const hrefs = [...readFileSync(file, 'utf8').matchAll(/\shref="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
      for (const t of missing(localTargets(file, hrefs))) broken.push(`${relative(site, file)} → ${relative(site, t)}`);
    }
    expect(broken).toEqual([]);
  });

  it('every heading of every guide has a named anchor and a named entry in the in-page contents (chromium)', async () => {
    const guides = htmlFiles(join(site, 'documents'));
    expect(guides.length).toBeGreaterThan(8);
    const context = await launchChromium();
    const bad: string[] = [];
    try {
      const page = await context.newPage();
      for (const file of guides) {
        await page.goto(pathToFileURL(file).href);
        const found = await page.evaluate(() => {
          const out: string[] = [];
          for (const h of Array.from(document.querySelectorAll('.col-content h1, .col-content h2, .col-content h3, .col-content h4'))) {
            if (h.closest('.tsd-page-title')) continue;
            if (!h.id || /^_(-\d+)?$/.test(h.id)) out.push(`heading "${(h.textContent ?? '').trim()}" → #${h.id}`);
          }
          for (const a of Array.from(document.querySelectorAll('.tsd-page-navigation a[href^="#"]'))) {
            const href = a.getAttribute('href') ?? '';
            if ((a.textContent ?? '').trim() === '' || /^#_(-\d+)?$/.test(href)) out.push(`contents entry ${href} is blank`);
          }
          return out;
        });
        bad.push(...found.map((f) => `${relative(site, file)}: ${f}`));
      }
      await page.close();
    } finally {
      await context.close();
    }
    expect(bad).toEqual([]);
  }, 180_000);

  it('every guide has a title, not its file name (docs/systems/<id>.md are named by their id on purpose)', () => {
    const stems = readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, ''));
    const pages = htmlFiles(join(site, 'documents')).map((p) => relative(join(site, 'documents'), p).replace(/\.html$/, ''));
    for (const stem of stems) expect(pages, `docs/${stem}.md has no title (add front matter "title:")`).not.toContain(stem);
    for (const page of pages) expect(page, page).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it('no external link that was not meant: no bare file names (http://FACTS.md), no sentence swallowed into a URL', () => {
    const bad: string[] = [];
    for (const file of htmlFiles(site)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\shref="(https?:\/\/[^"]*)"/g)) {
        const href = (m[1] ?? '').replace(/&amp;/g, '&');
        let decoded = href;
        try {
          decoded = decodeURI(href);
        } catch {
          // keep the raw href
        }
        const host = new URL(href).hostname;
        if (/\.(md|ts|mjs|js|json|ya?ml)$/i.test(host) || /[^\x20-\x7e]/.test(decoded)) bad.push(`${relative(site, file)} → ${href.slice(0, 120)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the README links to the docs site (package.json homepage), not to docs/*.md, and every page it names exists', () => {
    const homepage = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { homepage: string }).homepage;
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/\]\((\.\/)?docs\//);
    const pages = [...readme.matchAll(/\]\((https:[^)\s]+)\)/g)].map((m) => m[1] ?? '').filter((u) => u.startsWith(homepage));
    expect(pages.length).toBeGreaterThan(8);
    for (const url of pages) expect(existsSync(join(site, url.slice(homepage.length).replace(/#.*$/, ''))), url).toBe(true);
  });
});
