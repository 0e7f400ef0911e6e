/**
 * The seed plans as they are, against task lists checked by hand (test/fixtures/expected/*.json:
 * each task's id, number, group flag, parent, area, title, offices, deadline and targets).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../../src/core/appendix/importDocument';
import type { Plan, Task } from '../../../src/core/plan/schema';
import { PlanSchema } from '../../../src/core/plan/schema';
import { FIXTURES, seedText } from '../../helpers/fixtures';
import { projectTask } from '../../helpers/projectTask';

type SeedName = '000-appendix' | '002-two-row-header' | '003-markdown';

function importSeed(name: SeedName): Plan {
  return importText(seedText(name), 'document').plan;
}

function expected(name: SeedName): ReturnType<typeof projectTask>[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'expected', `${name}.tasks.json`), 'utf8'));
}

const byId = (plan: Plan, id: string): Task => {
  const t = plan.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
};

describe.each<SeedName>(['000-appendix', '002-two-row-header', '003-markdown'])('seed %s', (name) => {
  const plan = importSeed(name);

  it('imports every task of the hand-checked list, once, in order', () => {
    expect(plan.tasks.map(projectTask)).toEqual(expected(name));
  });

  it('gives every task a unique id and a lead unless it is a group', () => {
    const ids = plan.tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const leaderless = plan.tasks.filter((t) => !t.group && !t.lead).map((t) => t.id);
    const warned = plan.warnings.filter((w) => w.code === 'no-lead').length;
    expect(warned).toBe(leaderless.length);
  });

  it('never takes a header, page number or column-number row for a task', () => {
    for (const t of plan.tasks) {
      expect(t.title).not.toMatch(/^(STT|TT|Nhiệm vụ cụ thể|Nội dung thực hiện|Lĩnh vực, tiêu chí)$/);
      expect(t.title).not.toMatch(/^\d+\/?$/);
      expect(t.lead).not.toMatch(/^(Cơ quan chủ trì|Đơn vị chủ trì)/);
    }
  });

  it('matches the JSON schema and is the same when imported twice', () => {
    expect(() => PlanSchema.parse(plan)).not.toThrow();
    expect(importSeed(name)).toEqual(plan);
  });
});

describe('seed 000 (six columns, rows split across pages)', () => {
  const plan = importSeed('000-appendix');

  it('reads the plan year and title from the lines above the table', () => {
    expect(plan.year).toBe(2024);
    expect(plan.title).toBe('CÁC NHIỆM VỤ, GIẢI PHÁP NHẪM NÂNG CAO CHỈ SỐ PAR INDEX NĂM 2024');
  });

  it('merges a row split by a page break into one task with both source rows', () => {
    const t = byId(plan, 'IV-5');
    expect(t.title).toBe('Thực hiện các quy định về phân cấp, phân quyền trong quản lý nhà nước do Chính phủ và các bộ, ngành ban hành');
    expect(t.lead).toBe('Thanh tra huyện');
    expect(t.support).toBe('Các cơ quan, đơn vị');
    expect(t.dueText).toBe('Trong năm 2024');
    expect(t.due).toBe('2024-12-31');
    expect(t.rows).toHaveLength(2);
  });

  it('keeps numbered rows without owner or deadline as groups over their children', () => {
    expect(byId(plan, 'III-1').group).toBe(true);
    expect(byId(plan, 'III-1.1').parentId).toBe('III-1');
    expect(byId(plan, 'III-1.1.2').parentId).toBe('III-1.1');
    expect(plan.tasks.filter((t) => t.group).map((t) => t.id)).toEqual([
      'I-2',
      'III-1',
      'III-1.1',
      'III-1.2',
      'III-3',
      'V-1',
      'VI-1',
      'VI-2',
      'VII-1',
      'VII-2',
      'VII-6',
    ]);
  });

  it('maps each of the eight sections to its area', () => {
    expect(plan.sections.map((s) => s.area)).toEqual([
      'direction',
      'institutions',
      'procedures',
      'organization',
      'civil-service',
      'public-finance',
      'digital-government',
      'impact',
    ]);
  });

  it('reads the decrease target against a baseline year', () => {
    expect(byId(plan, 'IV-3').targets).toEqual([expect.objectContaining({ op: '>=', value: 0.03, unit: '%', baselineYear: 2021, direction: 'decrease' })]);
  });
});

describe('seed 002 (two-row header under a merged "Phân công nhiệm vụ")', () => {
  const plan = importSeed('002-two-row-header');

  it('maps the lead and support columns from the second header row', () => {
    expect(plan.columns).toEqual({ code: 0, title: 1, output: 2, dueText: 3, lead: 4, support: 5 });
    expect(plan.headerRows).toHaveLength(2);
  });

  it('gives the second of two rows numbered 4.1 its own id, under the first', () => {
    const first = byId(plan, 'IV-4.1');
    const second = byId(plan, 'IV-4.1#2');
    expect(first.group).toBe(true);
    expect(second.parentId).toBe('IV-4.1');
    expect(second.lead).toBe('UBND xã');
    expect(plan.warnings.some((w) => w.code === 'duplicate-code')).toBe(true);
  });

  it('puts the SIPAS group of the impact section in the satisfaction area', () => {
    expect(byId(plan, 'VIII-8.1.1').area).toBe('satisfaction');
  });

  it('reads "Quý III năm 2024" as the last day of the third quarter', () => {
    expect(byId(plan, 'VII-7.3.2').due).toBe('2024-09-30');
  });
});

describe('seed 003 (markdown tables in a decision, a heading printed between pages)', () => {
  const plan = importSeed('003-markdown');

  it('reads the plan year 2019 and the section printed outside the table', () => {
    expect(plan.year).toBe(2019);
    expect(plan.sections.map((s) => s.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    expect(byId(plan, 'III-1').title).toBe('Ban hành Kế hoạch rà soát thủ tục hành chính');
  });

  it('keeps un-numbered rows as their own tasks after the numbered one', () => {
    expect(byId(plan, 'III-3+1').title).toBe('Công khai TTHC trên Cổng thông tin điện tử (TTĐT) của huyện, xã');
    expect(byId(plan, 'III-3+2').title).toMatch(/^Công khai tiến độ, kết quả giải quyết hồ sơ TTHC/);
  });

  it('fills the lead and deadline of VII items 2–3 from the merged block above, with a warning', () => {
    for (const id of ['VII-2', 'VII-3']) {
      const t = byId(plan, id);
      expect(t.lead).toBe('Phòng Văn hóa và Thông tin');
      expect(t.dueText).toBe(byId(plan, 'VII-1').dueText);
    }
    expect(plan.warnings.filter((w) => w.code === 'inherited-merged').map((w) => w.row)).toEqual(
      expect.arrayContaining([byId(plan, 'VII-2').rows[0], byId(plan, 'VII-3').rows[0]]),
    );
  });

  it('drops page numbers and the column-number row with a warning each', () => {
    expect(plan.warnings.filter((w) => w.code === 'noise')).toHaveLength(4);
    expect(plan.warnings.filter((w) => w.code === 'column-numbers')).toHaveLength(1);
  });

  it('reads "trong quý IV của năm trước liền kề" against the plan year', () => {
    expect(byId(plan, 'III-1').due).toBe('2018-12-31');
    expect(byId(plan, 'I-1').dueDates).toEqual(['2018-12-31', '2019-03-31']);
  });
});
