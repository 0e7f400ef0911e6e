/**
 * The periodic report as a Word document for the province, in the administrative layout
 * (adminLayout.ts): heading, "BÁO CÁO" and its subject, I. Kết quả thực hiện with the numbers
 * filled, II. Tồn tại, hạn chế and III. Phương hướng, nhiệm vụ kỳ tới with the facts the tracker
 * knows and bracketed placeholders for the prose, Nơi nhận and the signature, then the appendix
 * table on landscape pages with its header row repeated.
 */
import { Document, Packer, TableRow, type Paragraph, type Table } from 'docx';
import { formatDmy } from '../core/dates';
import { percentText } from '../core/report/format';
import { doneRate } from '../core/status/reportState';
import type { ReportData } from '../core/report/report';
import { reportFlag } from '../workbook/dueStatus';
import { APPENDIX_HEADERS, dueText, reportSubject, resultText } from '../workbook/report/reportSheet';
import type { Settings } from '../workbook/settingsSheet';
import { closingTable, fixedTable, gridCell, headingTable, PAGE_LANDSCAPE, PAGE_PORTRAIT, para, SIZE, TEXT_WIDTH } from './adminLayout';

/** n of total as a percentage ('0%' when there are none). */
const pct = (n: number, total: number): string => percentText(total === 0 ? 0 : n / total);
const placeholder = (text: string): Paragraph => para(`[${text}]`, { italic: true, indent: true });

/** The paragraphs of sections I–III, numbers filled. */
function body(data: ReportData, agencyName: string): Paragraph[] {
  const c = data.counts;
  const done = c.doneOnTime + c.doneLate;
  const open = c.openOnTime + c.openOverdue;
  const overdueOffices = data.byOffice.filter((o) => o.openOverdue > 0);
  const out: Paragraph[] = [
    para('I. KẾT QUẢ THỰC HIỆN', { bold: true, before: 120 }),
    para('1. Công tác chỉ đạo, điều hành', { bold: true, indent: true }),
    placeholder('Nêu các văn bản chỉ đạo, điều hành, kiểm tra, tuyên truyền về cải cách hành chính đã ban hành trong kỳ'),
    para('2. Kết quả thực hiện các nhiệm vụ của Kế hoạch', { bold: true, indent: true }),
    para(
      `Tổng số nhiệm vụ theo Kế hoạch: ${c.total} nhiệm vụ. Tính đến ngày ${formatDmy(data.asOf)}: đã hoàn thành ${done} nhiệm vụ (${pct(done, c.total)}), ` +
        `trong đó hoàn thành đúng hạn ${c.doneOnTime}, hoàn thành quá hạn ${c.doneLate}; chưa hoàn thành ${open} nhiệm vụ (${pct(open, c.total)}), ` +
        `trong đó đang thực hiện trong hạn ${c.openOnTime}, quá hạn ${c.openOverdue}; không có thời hạn ${c.noDeadline} nhiệm vụ (chi tiết tại Phụ lục kèm theo).`,
      { indent: true },
    ),
    para('3. Kết quả theo từng lĩnh vực', { bold: true, indent: true }),
    ...data.byArea.map((a) => {
      const rate = doneRate(a);
      return para(
        `- ${a.label}: ${a.total} nhiệm vụ; đã hoàn thành ${a.doneOnTime + a.doneLate}${rate === null ? '' : ` (${pct(a.doneOnTime + a.doneLate, a.total)})`}; quá hạn chưa hoàn thành ${a.openOverdue}.`,
        { indent: true },
      );
    }),
    placeholder('Nêu kết quả nổi bật của từng lĩnh vực trong kỳ'),
    para('II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', { bold: true, before: 120 }),
    para(
      c.openOverdue === 0
        ? `Tính đến ngày ${formatDmy(data.asOf)}, không có nhiệm vụ quá hạn chưa hoàn thành.`
        : `Còn ${c.openOverdue} nhiệm vụ quá hạn chưa hoàn thành, thuộc trách nhiệm của: ${overdueOffices.map((o) => `${o.office} (${o.openOverdue})`).join('; ')}.`,
      { indent: true },
    ),
    ...(c.doneLate > 0 ? [para(`Có ${c.doneLate} nhiệm vụ hoàn thành nhưng chậm so với thời hạn.`, { indent: true })] : []),
    placeholder('Nêu nguyên nhân chủ quan, khách quan của những tồn tại, hạn chế'),
    para('III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI', { bold: true, before: 120 }),
    ...(c.openOverdue > 0 ? [para(`- Tập trung chỉ đạo hoàn thành ${c.openOverdue} nhiệm vụ đã quá hạn.`, { indent: true })] : []),
    ...(c.openOnTime > 0 ? [para(`- Tiếp tục triển khai ${c.openOnTime} nhiệm vụ đang thực hiện, bảo đảm đúng thời hạn.`, { indent: true })] : []),
    placeholder('Nêu các nhiệm vụ, giải pháp trọng tâm và đề xuất, kiến nghị (nếu có)'),
    para(`Trên đây là báo cáo ${reportSubjectLower(data)} của ${agencyName || '[tên cơ quan]'}./.`, { indent: true, before: 120 }),
  ];
  return out;
}

function reportSubjectLower(data: ReportData): string {
  return reportSubject(data, Number(data.period.to.slice(0, 4))).replace(/^K/, 'k');
}

/** The appendix table: header row repeated on each page, one shaded row per area. */
function appendixTable(data: ReportData): Table {
  const widths = [6, 30, 14, 11, 21, 10, 8].map((w) => Math.floor((TEXT_WIDTH.landscape * w) / 100));
  const header = new TableRow({
    tableHeader: true,
    children: APPENDIX_HEADERS.map((h, i) => gridCell(h, { bold: true, align: 'center', shade: 'DDEBF7', width: widths[i] })),
  });
  const rows: TableRow[] = [header];
  let area: string | null = null;
  for (const t of data.tasks) {
    if (t.area !== area) {
      area = t.area;
      rows.push(new TableRow({ children: [gridCell(area, { bold: true, span: APPENDIX_HEADERS.length, shade: 'F2F2F2' })] }));
    }
    rows.push(
      new TableRow({
        cantSplit: false,
        children: [
          gridCell(t.id, { align: 'center' }),
          gridCell(t.title),
          gridCell(t.lead),
          gridCell(dueText(t), { align: 'center' }),
          gridCell(resultText(t)),
          gridCell(reportFlag(t.state).vi, { align: 'center' }),
          gridCell(t.note),
        ],
      }),
    );
  }
  return fixedTable(widths, rows);
}

/** The report as .docx bytes. `issued` is the date printed on it (null: left for the signer to fill). */
export async function reportDocx(data: ReportData, settings: Settings, year: number, issued: string | null): Promise<Uint8Array> {
  const a = settings.agency;
  const number = `Số:        /BC-${a.agencyShort || 'UBND'}`;
  const subject = reportSubject(data, year);
  const doc = new Document({
    creator: 'PAR Tracker',
    title: `Báo cáo ${subject}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: SIZE.body } } } },
    sections: [
      {
        properties: PAGE_PORTRAIT,
        children: [
          headingTable(a, number, issued),
          para('BÁO CÁO', { bold: true, align: 'center', before: 360, after: 0 }),
          para(subject, { bold: true, align: 'center', after: 0 }),
          para('⎯⎯⎯⎯⎯⎯', { size: SIZE.small, align: 'center', after: 240 }),
          para(
            `Kỳ báo cáo: ${data.period.name}, số liệu từ ngày ${formatDmy(data.period.from)} đến ngày ${formatDmy(data.asOf)}. ${a.agency || '[Tên cơ quan]'} báo cáo kết quả như sau:`,
            { indent: true },
          ),
          ...body(data, a.agency),
          para('', { after: 120 }),
          closingTable(a, a.recipients.length > 0 ? a.recipients : ['Lưu: VT']),
        ],
      },
      {
        properties: PAGE_LANDSCAPE,
        children: [
          para('PHỤ LỤC', { bold: true, align: 'center', after: 0 }),
          para(`KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ${subject.replace(/^Kết quả thực hiện /, '').toUpperCase()}`, { bold: true, align: 'center', after: 0 }),
          para(`(Kèm theo Báo cáo số        /BC-${a.agencyShort || 'UBND'} ngày … tháng … năm ${year} của ${a.agency || '…'})`, {
            italic: true,
            align: 'center',
            after: 200,
          }),
          appendixTable(data),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
