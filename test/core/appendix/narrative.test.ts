/**
 * Plans written as prose (issue 14 §5): no appendix table, each area a numbered heading, bullets
 * or paragraphs of what to do under it, targets inside, and "keep at full points" lists. Seed 001
 * against its hand-checked task list, the same plan as a Word document and as the source sheet,
 * and the same kind of plan in another shape.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, LevelFormat, Packer, Paragraph } from 'docx';
import { importAppendix } from '../../../src/core/appendix/importAppendix';
import { importDocx, importText, textSourceSheet } from '../../../src/core/appendix/importDocument';
import { fullPointsList, leadNamedIn } from '../../../src/core/appendix/narrative';
import { AREA_KEYS } from '../../../src/core/areas/areaKeys';
import { PlanSchema, type Plan } from '../../../src/core/plan/schema';
import { FIXTURES, seedText } from '../../helpers/fixtures';
import { projectTask } from '../../helpers/projectTask';

const SEED = seedText('001-no-table' as never);
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected', '001-no-table.tasks.json'), 'utf8'));
const codes = (plan: Plan) => plan.warnings.map((w) => w.code);

describe('seed 001, a plan with no table', () => {
  const plan = importText(SEED, 'document').plan;

  test('gives the hand-checked task list, in order', () => {
    expect(plan.tasks.map(projectTask)).toEqual(expected);
    expect(() => PlanSchema.parse(plan)).not.toThrow();
  });

  test('has tasks in each of the nine areas, SIPAS included, each area a section from its heading', () => {
    const areas = new Set(plan.tasks.filter((t) => !t.group).map((t) => t.area));
    expect([...areas].sort()).toEqual(AREA_KEYS.filter((k) => k !== 'other').sort());
    expect(plan.sections.map((s) => s.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(plan.sections[8].title).toBe('Đo lường hài lòng của người dân, tổ chức đối với sự phục vụ hành chính');
  });

  test('reads the targets its bullets state: a count, a decrease against 2021, 100% rates', () => {
    const all = plan.tasks.flatMap((t) => t.targets);
    expect(all).toContainEqual(expect.objectContaining({ op: '>=', value: 3, unit: 'count' }));
    expect(all).toContainEqual(expect.objectContaining({ op: '>=', value: 0.1, unit: '%', direction: 'decrease', baselineYear: 2021 }));
    expect(all.filter((t) => t.unit === '%' && t.value === 1).length).toBeGreaterThanOrEqual(10);
    // A bullet with two "phấn đấu …" clauses keeps both targets on its one task.
    expect(plan.tasks.find((t) => t.id === '7-2')?.targets).toHaveLength(2);
  });

  test('each "keep at full points" list is one group per area whose items are its children', () => {
    const groups = plan.tasks.filter((t) => t.group);
    expect(groups.map((g) => g.area)).toEqual([
      'direction',
      'institutions',
      'procedures',
      'organization',
      'civil-service',
      'public-finance',
      'digital-government',
      'impact',
    ]);
    const direction = plan.tasks.filter((t) => t.parentId === groups[0].id).map((t) => t.title);
    expect(direction).toEqual([
      'Ban hành Kế hoạch CCHC kịp thời',
      'Nội dung Kế hoạch CCHC theo yêu cầu của Sở Nội vụ',
      'Thực hiện chế độ báo cáo đầy đủ, đúng thời gian quy định',
      'Kiểm tra CCHC đối với các cơ quan, đơn vị trực thuộc, đảm bảo kiểm tra đạt 100% kế hoạch đề ra',
      'Thực hiện tuyên truyền CCHC đạt 100% kế hoạch đề ra',
      'Tổ chức đối thoại của Chủ tịch UBND huyện với người dân và doanh nghiệp được từ 01 cuộc trở lên',
    ]);
  });

  test('a bullet a page break cut in two is one task', () => {
    const cut = plan.tasks.find((t) => t.title.startsWith('Tích cực, chủ động trong việc đưa ra hình thức tuyên truyền'));
    expect(cut?.title).toContain('qua các hoạt động của Đoàn thanh niên');
    expect(cut?.rows).toHaveLength(2);
  });

  test('warns once that it read prose and once that no lead is named, never per task', () => {
    expect(codes(plan)).toEqual(['remedy-year', 'narrative-plan', 'narrative-no-lead']);
    expect(plan.warnings[1].message).toContain('49 nhiệm vụ ở 9 lĩnh vực');
    expect(plan.tasks.every((t) => t.lead === '')).toBe(true);
  });

  test('the plan remedying the 2023 index, signed in 2024, is tracked for 2024; its title is the line under KẾ HOẠCH', () => {
    expect(plan.year).toBe(2024);
    expect(plan.title).toBe('Khắc phục các tiêu chí bị đánh giá thấp tại chỉ số cải cách hành chính huyện Lộc Bình năm 2023');
  });

  test('the source sheet written into the workbook is its paragraphs, and reads as the document', () => {
    const sheet = textSourceSheet(SEED, 'document');
    expect(sheet.grid.every((r) => r.length === 1)).toBe(true);
    expect(importAppendix(sheet.grid).tasks.map(projectTask)).toEqual(expected);
  });

  test('the same plan as a Word document (no markdown marks) gives the same tasks', async () => {
    const paragraphs = SEED.split('\n')
      .map((l) =>
        l
          .replace(/^#+\s*/, '')
          .replace(/\*\*|\*/g, '')
          .trim(),
      )
      .filter((l) => l && !l.startsWith('|'));
    const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
    const plan2 = (await importDocx(new Uint8Array(await Packer.toBuffer(doc)))).plan;
    expect(plan2.tasks.map(projectTask)).toEqual(expected);
    expect(plan2.year).toBe(2024);
  });
});

describe('seed 001 as Word numbers it itself (list numbering, not typed)', () => {
  test('the headings and bullets Word draws are read as if typed, giving the same tasks', async () => {
    const paragraphs = SEED.split('\n')
      .map((l) =>
        l
          .replace(/^#+\s*/, '')
          .replace(/\*\*|\*/g, '')
          .trim(),
      )
      .filter((l) => l && !l.startsWith('|'))
      .map((l) => {
        const roman = /^([IVX]+)\.\s+(.*)$/.exec(l);
        if (roman) return new Paragraph({ text: roman[2], numbering: { reference: 'plan', level: 0 } });
        const numbered = /^(\d+)\.\s+(.*)$/.exec(l);
        if (numbered) return new Paragraph({ text: numbered[2], numbering: { reference: 'plan', level: 1 } });
        const bullet = /^-\s+(.*)$/.exec(l);
        if (bullet) return new Paragraph({ text: bullet[1], numbering: { reference: 'dash', level: 0 } });
        return new Paragraph(l);
      });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'plan',
            levels: [
              { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
              { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
            ],
          },
          { reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2013' }] },
        ],
      },
      sections: [{ children: paragraphs }],
    });
    const plan = (await importDocx(new Uint8Array(await Packer.toBuffer(doc)))).plan;
    expect(plan.tasks.map(projectTask)).toEqual(expected);
  });
});

describe('a prose plan in another shape', () => {
  // Roman headings in capitals, "+" bullets, numbered points with bullets under them, and a lead
  // for the whole plan in its "Tổ chức thực hiện" part — wording from the seeds' plans.
  const text = [
    'ỦY BAN NHÂN DÂN XÃ TÂN HÒA',
    'KẾ HOẠCH',
    'Cải cách hành chính năm 2025',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Nâng cao chất lượng công tác cải cách hành chính trên địa bàn xã.',
    'II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
    '+ Phấn đấu 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn;',
    '+ Công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa (Văn phòng HĐND và UBND xã chủ trì).',
    'III. XÂY DỰNG CHÍNH QUYỀN SỐ',
    '1. Dịch vụ công trực tuyến',
    '- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%;',
    '- Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến đạt tối thiểu 60%.',
    '2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%.',
    'IV. TỔ CHỨC THỰC HIỆN',
    'Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.',
    'Nơi nhận:',
    '- UBND huyện;',
  ].join('\n\n');
  const plan = importText(text, 'document').plan;

  test('reads each bullet and point under the area headings, with the lead the plan names', () => {
    expect(plan.tasks.map((t) => [t.id, t.group, t.parentId, t.area, t.lead])).toEqual([
      ['II-1', false, null, 'procedures', 'Phòng Văn hóa - Xã hội'],
      ['II-2', false, null, 'procedures', 'Văn phòng HĐND và UBND xã'],
      ['III-1', true, null, 'digital-government', ''],
      ['III-1.1', false, 'III-1', 'digital-government', 'Phòng Văn hóa - Xã hội'],
      ['III-1.2', false, 'III-1', 'digital-government', 'Phòng Văn hóa - Xã hội'],
      ['III-2', false, null, 'digital-government', 'Phòng Văn hóa - Xã hội'],
    ]);
    expect(plan.tasks.map((t) => t.targets.map((x) => `${x.op}${x.value}`).join())).toEqual(['>=1', '', '', '>=0.8', '>=0.6', '>=1']);
    expect(plan.year).toBe(2025);
    expect(codes(plan)).toEqual(['narrative-plan']);
  });
});

describe('prose that is not a plan', () => {
  test('a document with no table and no area headings is still refused with the header message', () => {
    const plan = importText(
      ['CÔNG VĂN', 'Về việc báo cáo kết quả', '1. Tình hình chung', 'Trong tháng, các cơ quan đã thực hiện tốt nhiệm vụ.'].join('\n\n'),
      'document',
    ).plan;
    expect(plan.tasks).toEqual([]);
    expect(codes(plan)).toContain('no-header');
  });
});

describe.each([
  ['Giao Phòng Nội vụ chủ trì, phối hợp với các cơ quan triển khai Kế hoạch này.', 'Phòng Nội vụ'],
  ['Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Phòng Nội vụ theo dõi.', 'Văn phòng HĐND và UBND huyện'],
  ['Công khai thủ tục hành chính (Văn phòng UBND xã chủ trì).', 'Văn phòng UBND xã'],
  ['Đề nghị Sở Nội vụ (cơ quan thường trực) chủ trì tổng hợp.', 'Sở Nội vụ'],
  ['Phòng Nội vụ (cơ quan thường trực công tác CCHC của huyện) theo dõi, đôn đốc.', null],
  ['Các cơ quan chủ động triển khai, không để chậm trễ.', null],
])('leadNamedIn(%j)', (text, want) => {
  test(`is ${JSON.stringify(want)}`, () => expect(leadNamedIn(text)).toBe(want));
});

describe('fullPointsList', () => {
  test('cuts a list at semicolons and at sentence ends, capitalising each item', () => {
    expect(fullPointsList('Tiếp tục duy trì các tiêu chí đạt điểm tối đa về: công khai TTHC; giải quyết TTHC cấp xã. Thực hiện tốt PAKN.')).toEqual({
      intro: 'Tiếp tục duy trì các tiêu chí đạt điểm tối đa',
      items: ['Công khai TTHC', 'Giải quyết TTHC cấp xã', 'Thực hiện tốt PAKN'],
    });
  });
  test('a paragraph with a colon that is not a full-points list is not one', () => {
    expect(fullPointsList('Nội dung tuyên truyền gồm: Luật, Nghị định; các văn bản hướng dẫn')).toBeNull();
  });
});
