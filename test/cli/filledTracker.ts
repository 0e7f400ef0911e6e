/**
 * A tracker filled in as an official would (with exceljs): Trạng thái and Ngày hoàn thành of every
 * task set by its position — done early, done late, open, not started, done after the cut-off —
 * so a report's counts can be worked out by hand.
 */
import ExcelJS from 'exceljs';

export interface Filled {
  id: string;
  lead: string;
  due: string | null;
  state: string;
  doneDate: string | null;
}

export const iso = (d: Date): string => d.toISOString().slice(0, 10);
export const shift = (isoDate: string, days: number): string => iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000));

/** Fills Trạng thái / Ngày hoàn thành of every task by its position: done early, done late, open, blank, done after the cut-off. */
export async function fillPattern(file: string, asOf: string): Promise<Filled[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Nhiệm vụ')!;
  const header = ws.getRow(4);
  const col: Record<string, number> = {};
  header.eachCell((c, n) => (col[String(c.value)] = n));
  const filled: Filled[] = [];
  let k = 0;
  for (let r = 5; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const id = String(row.getCell(col['Mã']).value ?? '');
    const state = row.getCell(col['Trạng thái']).value;
    if (id === '' || state === null || state === undefined) continue; // section and group rows
    const dueValue = row.getCell(col['Hạn']).value;
    const due = dueValue instanceof Date ? iso(dueValue) : null;
    const base = due ?? '2024-06-30';
    const pattern = k++ % 5;
    const set = (text: string, date: string | null): void => {
      row.getCell(col['Trạng thái']).value = text;
      if (date) row.getCell(col['Ngày hoàn thành']).value = new Date(`${date}T00:00:00Z`);
      filled.push({ id, lead: String(row.getCell(col['Cơ quan chủ trì']).value ?? ''), due, state: text, doneDate: date });
    };
    if (pattern === 0) set('Hoàn thành', shift(base, -10));
    else if (pattern === 1) set('Hoàn thành', due ? shift(due, 5) : '2024-07-05');
    else if (pattern === 2) set('Đang thực hiện', null);
    else if (pattern === 3) set('Chưa thực hiện', null);
    else set('Hoàn thành', shift(asOf, 3));
    if (pattern === 2) row.getCell(col['Kết quả cả năm']).value = `Đã triển khai ${id}`;
  }
  await wb.xlsx.writeFile(file);
  return filled;
}
