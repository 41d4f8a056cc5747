// readInputWorkbookWithCells: the input a data-entry workbook holds plus the cell of every field, so a
// rule's finding about a stated figure (not only the reader's own issues) can be shown at its cell.
import { read, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { evaluateDepartment } from '../../src/index.js';
import { ENYANG_2022_EXAMPLE } from '../../src/examples/index.js';
import { cellOfPath, readInputWorkbook, readInputWorkbookWithCells, writeInputTemplate } from '../../src/xlsx/index.js';

/** The address of the cell in column B of the row whose column A reads `label`. */
function cellLabelled(bytes: Uint8Array, sheet: string, label: string): string {
  const rows = utils.sheet_to_json<string[]>(read(bytes, { type: 'array' }).Sheets[sheet]!, { header: 1, blankrows: true, defval: '' }) as string[][];
  const row = rows.findIndex((r) => String(r[0]) === label);
  if (row < 0) throw new Error(`no row ${label} in ${sheet}`);
  return `B${row + 1}`;
}

describe('readInputWorkbookWithCells', () => {
  const bytes = writeInputTemplate({ data: ENYANG_2022_EXAMPLE });

  it('returns the same input as readInputWorkbook and the cell of each field', () => {
    const r = readInputWorkbookWithCells(bytes);
    const plain = readInputWorkbook(bytes);
    if (!r.ok || !plain.ok) throw new Error('the Enyang workbook should read');
    expect(r.value.input).toEqual(plain.value);
    expect(r.value.cells['ledger.income.total']).toEqual({ sheet: '收入', cell: cellLabelled(bytes, '收入', '收入总计') });
    expect(r.value.cells['department.name']).toEqual({ sheet: '部门信息', cell: cellLabelled(bytes, '部门信息', '部门名称') });
    expect(JSON.parse(JSON.stringify(r.value.cells))).toEqual(r.value.cells); // plain data: crosses postMessage
  });

  it('a wrong total typed in a cell: the failed rule’s stated fact leads back to that cell', () => {
    const wb = read(bytes, { type: 'array' });
    const cell = cellLabelled(bytes, '收入', '收入总计');
    utils.sheet_add_aoa(wb.Sheets['收入']!, [['600.00']], { origin: cell });
    const r = readInputWorkbookWithCells(new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
    const failed = evaluateDepartment(r.value.input).rules.findings.filter((f) => f.status === 'fail');
    expect(failed.map((f) => f.ruleId)).toContain('income.total.equals-sources');
    expect(cellOfPath(r.value.cells, ['ledger', 'income', 'total'])).toEqual({ sheet: '收入', cell });
  });

  it('cellOfPath falls back to the nearest field above, and to undefined outside the workbook', () => {
    const r = readInputWorkbookWithCells(bytes);
    if (!r.ok) throw new Error('the Enyang workbook should read');
    const row = cellOfPath(r.value.cells, ['performance', 'tasks', 0, 'completed', 'extra']);
    expect(row).toEqual(r.value.cells['performance.tasks[0].completed']);
    expect(cellOfPath(r.value.cells, ['nowhere'])).toBeUndefined();
  });

  it('issues stay located at their cells (as readInputWorkbook)', () => {
    const wb = read(bytes, { type: 'array' });
    const cell = cellLabelled(bytes, '收入', '收入总计');
    utils.sheet_add_aoa(wb.Sheets['收入']!, [['十二万']], { origin: cell });
    const r = readInputWorkbookWithCells(new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), { locale: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.some((i) => i.params?.['sheet'] === '收入' && i.params?.['cell'] === cell)).toBe(true);
  });
});
