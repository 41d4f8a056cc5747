// The playground: a department evaluates its own year in the browser with the public API of jixiao
// only (this file is also the example of embedding the library in a web page). Nothing is sent
// anywhere: files are read with File.arrayBuffer()/text(), downloads are Blobs made here.
import { BUILT_IN_SYSTEMS, findingInputPaths, formatPath, readDataText, safeEvaluateDepartment } from 'jixiao';
import type { EvaluationResult, IndicatorSystem, Issue, Locale, PathSegment, ScoreNode } from 'jixiao';
import { renderHtml, renderMarkdown } from 'jixiao/render';
import { renderDocx } from 'jixiao/docx';
import { cellOfPath, readIndicatorSheet, readInputWorkbookWithCells, readLedgerSheet, writeInputTemplate } from 'jixiao/xlsx';
import type { InputCell } from 'jixiao/xlsx';
import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
import { MESSAGES, type Messages } from './messages.js';

/** Where the data in the text box came from. */
type Source =
  | { readonly kind: 'none' }
  | { readonly kind: 'example' }
  | { readonly kind: 'text'; readonly name: string }
  | { readonly kind: 'ledger'; readonly name: string }
  | { readonly kind: 'workbook'; readonly name: string; readonly bytes: Uint8Array; readonly cells?: Readonly<Record<string, InputCell>> };

const DEBOUNCE_MS = 400;

const state = {
  locale: 'zh-CN' as Locale,
  source: { kind: 'none' } as Source,
  edited: false,
  /** Issues of reading a file (the workbook reader's, located at sheet and cell); they replace evaluation. */
  readIssues: [] as Issue[],
  system: BUILT_IN_SYSTEMS[0]?.id as string | IndicatorSystem,
  uploaded: undefined as { readonly name: string; readonly system: IndicatorSystem } | undefined,
  systemIssues: [] as Issue[],
  result: undefined as EvaluationResult | undefined,
  timer: undefined as ReturnType<typeof setTimeout> | undefined,
};

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
};
const text = $<HTMLTextAreaElement>('text');
const systemSelect = $<HTMLSelectElement>('system');
const m = (): Messages => MESSAGES[state.locale];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

// ------------------------------------------------------------------ locating

/** The cell of a path in the workbook the data came from (unless the data were typed over since). */
function cellOf(path: readonly PathSegment[]): InputCell | undefined {
  const s = state.source;
  return s.kind === 'workbook' && s.cells ? cellOfPath(s.cells, path) : undefined;
}

/** A location badge: `sheet!cell` for spreadsheets, the input path otherwise. */
function where(cell: InputCell | undefined, path: readonly PathSegment[] | undefined): HTMLElement | undefined {
  if (cell) {
    const badge = el('span', { className: 'where', text: `${cell.sheet}!${cell.cell}` });
    badge.dataset['sheet'] = cell.sheet;
    badge.dataset['cell'] = cell.cell;
    if (path) badge.title = formatPath(path);
    return badge;
  }
  if (path && path.length > 0) {
    const badge = el('code', { className: 'where', text: formatPath(path) });
    badge.dataset['path'] = formatPath(path);
    return badge;
  }
  return undefined;
}

/** An issue's location: the reader's sheet/cell params, else the workbook cell of its path, else the path (and line). */
function issueWhere(i: Issue): HTMLElement | undefined {
  const p = i.params ?? {};
  if (typeof p['sheet'] === 'string' && typeof p['cell'] === 'string') return where({ sheet: p['sheet'], cell: p['cell'] }, undefined);
  if (typeof p['line'] === 'number') return where(undefined, [m().line(p['line'])]);
  // A ledger sheet's issue: [sheet, 'row N', column header].
  const [sheet, row, column] = i.path;
  const n = typeof row === 'string' ? /^row (\d+)$/.exec(row)?.[1] : undefined;
  if (typeof sheet === 'string' && n !== undefined && typeof column === 'string') {
    const badge = el('span', { className: 'where', text: `${sheet} ${m().line(Number.parseInt(n, 10))} ${column}` });
    badge.dataset['sheet'] = sheet;
    badge.dataset['row'] = n;
    return badge;
  }
  return where(cellOf(i.path), i.path);
}

function issueItem(i: Issue): HTMLLIElement {
  const li = el('li', { className: `issue code-${i.code}` });
  const badge = issueWhere(i);
  if (badge) li.append(badge, ' ');
  li.append(el('span', { text: i.message }));
  return li;
}

function fill(list: HTMLElement, items: readonly HTMLElement[], empty: string): void {
  list.replaceChildren(...(items.length > 0 ? items : [el('li', { className: 'empty', text: empty })]));
}

// ------------------------------------------------------------------ evaluating

function schedule(delay = DEBOUNCE_MS): void {
  clearTimeout(state.timer);
  $('busy').textContent = m().busy;
  state.timer = setTimeout(run, delay);
}

function run(): void {
  state.timer = undefined;
  $('busy').textContent = '';
  const t0 = performance.now();
  let issues: readonly Issue[] = state.readIssues;
  let result: EvaluationResult | undefined;
  if (issues.length === 0 && text.value.trim() !== '') {
    const parsed = readDataText(text.value, { locale: state.locale });
    if (!parsed.ok) issues = parsed.issues;
    else {
      const r = safeEvaluateDepartment(parsed.value, { locale: state.locale, system: state.system });
      if (r.ok) result = r.value;
      else issues = r.issues;
    }
  }
  state.result = result;
  const evaluated = performance.now();
  showIssues(issues);
  showResult(result);
  const ms = String(Math.round(evaluated - t0));
  document.body.dataset['evaluateMs'] = ms;
  document.body.dataset['renderMs'] = String(Math.round(performance.now() - evaluated));
  $('timing').textContent = result ? m().timing(ms) : '';
}

function showIssues(issues: readonly Issue[]): void {
  fill($('issues'), issues.map(issueItem), m().noInputIssues);
  $('issues-count').textContent = issues.length > 0 ? ` (${issues.length})` : '';
}

function leaves(nodes: readonly ScoreNode[]): ScoreNode[] {
  return nodes.flatMap((n) => (n.children && n.children.length > 0 ? leaves(n.children) : [n]));
}

function showResult(result: EvaluationResult | undefined): void {
  const score = $('score');
  const downloads = document.querySelectorAll<HTMLButtonElement>('#downloads button');
  for (const b of Array.from(downloads)) b.disabled = result === undefined;
  const preview = $<HTMLIFrameElement>('preview');
  $('details').hidden = result === undefined;
  preview.hidden = result === undefined;
  if (!result) {
    score.textContent = m().noScore;
    score.className = 'score none';
    for (const id of ['failed', 'pending', 'deductions', 'other']) $(id).replaceChildren();
    preview.srcdoc = '';
    return;
  }
  const s = result.score;
  score.className = `score grade-${s.provisional ? 'provisional' : 'final'}`;
  score.textContent = m().score(s.total, s.grade.label) + (s.provisional ? m().provisional(s.assessed?.pending ?? 0) : '');
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const failed = result.rules.findings
    .filter((f) => (f.status === 'fail' && f.waived === undefined && f.note !== 'rounding') || f.status === 'error')
    .sort((a, b) => rank[a.severity] - rank[b.severity]);
  fill(
    $('failed'),
    failed.map((f) => {
      const li = el('li', { className: `finding severity-${f.severity}` });
      li.dataset['rule'] = f.ruleId;
      // the fields where the department typed the stated figures this check compared (none for derived values)
      for (const path of findingInputPaths(f, result.input)) {
        const badge = where(cellOf(path), path);
        if (badge) li.append(badge, ' ');
      }
      li.append(el('span', { text: f.message }));
      return li;
    }),
    m().noFailed,
  );
  const pending = leaves(s.root).filter((n) => n.status === 'pending' || n.status === 'unassessed');
  fill(
    $('pending'),
    pending.map((n) => el('li', { text: m().pendingItem(n.name, n.max) })),
    m().noPending,
  );
  fill(
    $('deductions'),
    s.deductions.map((d) => el('li', { text: m().deduction(d.name, d.points, d.reason) })),
    m().noDeductions,
  );
  const suspect = result.rules.findings.filter((f) => f.note === 'suspect').map((f) => el('li', { className: 'finding severity-warning', text: f.message }));
  const notices = result.notices.filter((n) => n.code !== 'indicator_pending').map(issueItem);
  fill($('other'), [...suspect, ...notices], '—');
  preview.srcdoc = renderHtml(result, { locale: state.locale });
}

// ------------------------------------------------------------------ input

function setSource(source: Source, body: string, readIssues: Issue[] = []): void {
  state.source = source;
  state.edited = false;
  state.readIssues = readIssues;
  text.value = body;
  showSource();
  schedule(0);
}

function showSource(): void {
  const s = state.source;
  const msg = m();
  const line =
    s.kind === 'none'
      ? msg.sourceNone
      : s.kind === 'example'
        ? msg.sourceExample
        : s.kind === 'workbook'
          ? msg.sourceWorkbook(s.name)
          : s.kind === 'ledger'
            ? msg.sourceLedger(s.name)
            : msg.sourceText(s.name);
  $('source').textContent = line + (state.edited && s.kind !== 'none' ? msg.sourceEdited : '');
}

const extension = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** A workbook is the data-entry template unless every issue is a missing sheet of it. */
const notTemplate = (issues: readonly Issue[]): boolean => issues.every((i) => i.code === 'required' && i.path.length === 1);

function readWorkbook(name: string, bytes: Uint8Array): void {
  const r = readInputWorkbookWithCells(bytes, { locale: state.locale });
  if (r.ok) return setSource({ kind: 'workbook', name, bytes, cells: r.value.cells }, JSON.stringify(r.value.input, null, 2));
  if (!notTemplate(r.issues)) return setSource({ kind: 'workbook', name, bytes }, '', [...r.issues]);
  // Not the data-entry template: a ledger sheet, merged into the current data's expenditure lines.
  const current = readDataText(text.value, { locale: state.locale });
  if (!current.ok || typeof current.value !== 'object' || current.value === null) {
    showIssues([]);
    $('source').textContent = m().ledgerNeedsInput;
    return;
  }
  const data = current.value as { unit?: '元' | '万元'; ledger?: { expenditure?: Record<string, unknown>; income?: unknown } };
  const ledger = readLedgerSheet(bytes, { locale: state.locale, unit: data.unit ?? '万元' });
  if (!ledger.ok) return setSource({ kind: 'ledger', name }, text.value, [...ledger.issues]);
  const v = ledger.value;
  // The sheet's lines replace the current ones; its class subtotals replace the stated ones only where it has any.
  const expenditure: Record<string, unknown> = { ...data.ledger?.expenditure, lines: v.lines };
  if (v.byFunctional.length > 0) expenditure['byFunctional'] = v.byFunctional;
  if (v.byEconomic.length > 0) expenditure['byEconomic'] = v.byEconomic;
  if (v.statedTotal !== undefined) expenditure['total'] = v.statedTotal;
  const merged = { ...data, ledger: { ...data.ledger, expenditure, ...(v.income ? { income: v.income } : {}) } };
  setSource({ kind: 'ledger', name }, JSON.stringify(merged, null, 2));
}

async function readFile(file: File): Promise<void> {
  const ext = extension(file.name);
  try {
    if (ext === 'json' || ext === 'yaml' || ext === 'yml') return setSource({ kind: 'text', name: file.name }, await file.text());
    if (ext === 'xlsx' || ext === 'xls' || ext === 'csv') return readWorkbook(file.name, new Uint8Array(await file.arrayBuffer()));
    $('source').textContent = m().fileError(file.name, m().unsupported);
  } catch (e) {
    $('source').textContent = m().fileError(file.name, e instanceof Error ? e.message : String(e));
  }
}

async function readSystemFile(file: File): Promise<void> {
  const r = readIndicatorSheet(new Uint8Array(await file.arrayBuffer()), { locale: state.locale });
  state.systemIssues = r.ok ? [] : [...r.issues];
  fill($('system-issues'), state.systemIssues.map(issueItem), '');
  if (!r.ok) return;
  state.uploaded = { name: file.name, system: r.value.system };
  state.system = r.value.system;
  showSystems();
  schedule(0);
}

function showSystems(): void {
  const options = BUILT_IN_SYSTEMS.map((s) => new Option(`${s.id} · ${s.name}`, s.id));
  if (state.uploaded) options.push(new Option(m().uploadedSystem(state.uploaded.name), 'uploaded'));
  systemSelect.replaceChildren(...options);
  systemSelect.value = typeof state.system === 'string' ? state.system : 'uploaded';
}

// ------------------------------------------------------------------ downloads

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = el('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function downloadAs(kind: string): Promise<void> {
  const result = state.result;
  if (!result) return;
  const base = `${result.input.department.name}-${result.input.report.fiscalYear}`;
  const options = { locale: state.locale };
  if (kind === 'docx') {
    const bytes = await renderDocx(result, options);
    download(`${base}.docx`, new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
  } else if (kind === 'html') download(`${base}.html`, new Blob([renderHtml(result, options)], { type: 'text/html;charset=utf-8' }));
  else if (kind === 'md') download(`${base}.md`, new Blob([renderMarkdown(result, options)], { type: 'text/markdown;charset=utf-8' }));
  else if (kind === 'json') download(`${base}.result.json`, new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' }));
}

// ------------------------------------------------------------------ page text and events

function translate(): void {
  const msg = m();
  document.documentElement.lang = state.locale;
  document.title = msg.title;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-t]'))) {
    const value = msg[node.dataset['t'] as keyof Messages];
    if (typeof value === 'string') node.textContent = value;
  }
  $<HTMLIFrameElement>('preview').title = msg.preview;
  showSource();
  showSystems();
}

function setLocale(locale: Locale): void {
  state.locale = locale;
  translate();
  // The reader's issues are in the locale they were read in: read the workbook again.
  const s = state.source;
  if (s.kind === 'workbook' && state.readIssues.length > 0) {
    const r = readInputWorkbookWithCells(s.bytes, { locale });
    state.readIssues = r.ok ? [] : [...r.issues];
  }
  schedule(0);
}

$<HTMLSelectElement>('locale').addEventListener('change', (e) => setLocale((e.target as HTMLSelectElement).value === 'en' ? 'en' : 'zh-CN'));
$('example').addEventListener('click', () => setSource({ kind: 'example' }, JSON.stringify(ENYANG_2022_EXAMPLE, null, 2)));
$('blank-template').addEventListener('click', () =>
  download(
    '绩效评价填报表.xlsx',
    new Blob([new Uint8Array(writeInputTemplate())], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  ),
);
$<HTMLInputElement>('file').addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) void readFile(file);
});
$<HTMLInputElement>('system-file').addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) void readSystemFile(file);
});
systemSelect.addEventListener('change', () => {
  state.system = systemSelect.value === 'uploaded' && state.uploaded ? state.uploaded.system : systemSelect.value;
  schedule(0);
});
text.addEventListener('input', () => {
  if (!state.edited) {
    state.edited = true;
    state.readIssues = [];
    showSource();
  }
  schedule();
});
const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const file = e.dataTransfer?.files[0];
  if (file) void readFile(file);
});
for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('#downloads button'))) {
  button.addEventListener('click', () => void downloadAs(button.dataset['kind'] ?? ''));
}

translate();
run();
