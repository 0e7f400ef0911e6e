/**
 * The draft reminder letter (công văn đôn đốc) in the administrative layout: one letter to every
 * office with overdue tasks, "Kính gửi" naming them, a numbered section per office listing its
 * tasks with their deadlines and days overdue (then those due soon), the request to finish them
 * and report back by a date, Nơi nhận ("Như trên", the archive) and the signature.
 */
import { Document, Packer } from 'docx';
import { addDays, formatDmy } from '../core/dates';
import { UNASSIGNED_OFFICE } from '../core/offices/offices';
import type { Reminders } from '../core/report/reminders';
import type { Settings } from '../workbook/settingsSheet';
import { closingTable, headingTable, PAGE_PORTRAIT, para, SIZE } from './adminLayout';

const LETTERS = 'abcdefghiklmnopqrstuvxy';
const letter = (i: number): string => (i < LETTERS.length ? LETTERS[i] : `${LETTERS[i % LETTERS.length]}${Math.floor(i / LETTERS.length)}`);

/** The reminder letter as .docx bytes; null when no office has an overdue or due-soon task. */
export async function remindDocx(data: Reminders, settings: Settings, issued: string | null): Promise<Uint8Array | null> {
  const offices = data.offices.filter((o) => o.tasks.length + o.dueSoon.length > 0);
  if (offices.length === 0) return null;
  const a = settings.agency;
  const replyBy = formatDmy(addDays(issued ?? data.asOf, a.replyDays));
  const overdue = offices.reduce((n, o) => n + o.tasks.length, 0);
  const addressees = offices.map((o) => o.office).filter((o) => o !== UNASSIGNED_OFFICE);
  const doc = new Document({
    creator: 'PAR Tracker',
    title: 'Công văn đôn đốc thực hiện nhiệm vụ cải cách hành chính',
    styles: { default: { document: { run: { font: 'Times New Roman', size: SIZE.body } } } },
    sections: [
      {
        properties: PAGE_PORTRAIT,
        children: [
          headingTable(a, `Số:        /${a.agencyShort || 'UBND'}-NV`, issued, 'V/v đôn đốc thực hiện các nhiệm vụ cải cách hành chính chậm tiến độ'),
          para('', { after: 120 }),
          para(addressees.length === 1 ? `Kính gửi: ${addressees[0]}.` : 'Kính gửi:', { align: 'center', after: 0 }),
          ...(addressees.length > 1 ? addressees.map((o, i) => para(`- ${o}${i === addressees.length - 1 ? '.' : ';'}`, { align: 'center', after: 0 })) : []),
          para('', { after: 120 }),
          para(
            `Thực hiện Kế hoạch cải cách hành chính năm ${settings.year}, tính đến ngày ${formatDmy(data.asOf)} còn ${overdue} lượt nhiệm vụ đã quá thời hạn nhưng chưa hoàn thành. ` +
              `Để bảo đảm tiến độ và kết quả thực hiện Kế hoạch, ${a.agency || '[tên cơ quan]'} đề nghị các cơ quan, đơn vị:`,
            { indent: true },
          ),
          ...offices.flatMap((o, i) => [
            para(`${i + 1}. ${o.office}`, { bold: true, indent: true }),
            ...o.tasks.map((t, k) =>
              para(`${letter(k)}) ${t.title} (thời hạn: ${t.dueText || formatDmy(t.due)}; quá hạn ${t.daysOverdue} ngày).`, { indent: true }),
            ),
            ...(o.dueSoon.length > 0
              ? [
                  para('Các nhiệm vụ sắp đến hạn:', { italic: true, indent: true }),
                  ...o.dueSoon.map((t, k) => para(`${letter(o.tasks.length + k)}) ${t.title} (hạn ${formatDmy(t.due)}).`, { indent: true })),
                ]
              : []),
          ]),
          para(
            `Đề nghị các cơ quan, đơn vị khẩn trương tổ chức thực hiện, hoàn thành các nhiệm vụ nêu trên; báo cáo kết quả (kèm minh chứng) về ${a.agency || '[tên cơ quan]'} (qua Phòng Nội vụ) trước ngày ${replyBy} để tổng hợp.`,
            { indent: true, before: 120 },
          ),
          para(`Đề nghị các cơ quan, đơn vị quan tâm thực hiện./.`, { indent: true }),
          para('', { after: 120 }),
          closingTable(a, ['Như trên', 'Lưu: VT']),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
