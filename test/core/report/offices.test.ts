import { importText } from '../../../src/core/appendix/importDocument';
import { officeKey, officeResolver, splitOffices, UNASSIGNED_OFFICE } from '../../../src/core/offices/offices';
import { seedText } from '../../helpers/fixtures';

describe('splitOffices: the offices a lead cell names', () => {
  it.each([
    ['Văn phòng HĐND và UBND huyện; UBND cấp xã', ['Văn phòng HĐND và UBND huyện', 'UBND cấp xã']],
    ['Các Phòng: Nội vụ, Tư pháp, Văn hóa và Thông tin', ['Phòng Nội vụ', 'Phòng Tư pháp', 'Phòng Văn hóa và Thông tin']],
    ['Phòng A, Phòng B và UBND các xã', ['Phòng A', 'Phòng B', 'UBND các xã']],
    ['Phòng Văn hóa và Thông tin, UBND cấp xã', ['Phòng Văn hóa và Thông tin', 'UBND cấp xã']],
    ['Phòng Tài chính và Kế hoạch; Chi Cục Thuế huyện', ['Phòng Tài chính và Kế hoạch', 'Chi Cục Thuế huyện']],
    ['Cán bộ, công chức thuộc UBND xã , Bộ phận một cửa', ['Cán bộ, công chức thuộc UBND xã', 'Bộ phận một cửa']],
    ['Các cơ quan, đơn vị, địa phương', ['Các cơ quan, đơn vị, địa phương']],
    ['VP HĐND-UBND huyện', ['VP HĐND và UBND huyện']],
    ['Sở Nội vụ (chủ trì)\nSở Tư pháp', ['Sở Nội vụ', 'Sở Tư pháp']],
    ['  ', []],
  ])('"%s"', (cell, offices) => {
    expect(splitOffices(cell)).toEqual(offices);
  });

  it('treats spellings of one office alike', () => {
    expect(officeKey('VP HĐND-UBND huyện')).toBe(officeKey('Văn phòng HĐND và UBND huyện'));
    expect(officeKey('Phòng Tài chính – Kế hoạch')).toBe(officeKey('Phòng Tài chính và Kế hoạch'));
    expect(officeKey('PHÒNG NỘI VỤ')).toBe(officeKey('Phòng Nội vụ'));
    expect(officeKey('Phòng Nội vụ')).not.toBe(officeKey('Sở Nội vụ'));
  });
});

describe('officeResolver: offices by their report name', () => {
  it('merges spellings, places bare names under their office, and lists a task with no lead as unassigned', () => {
    const cells = ['Phòng Nội vụ', 'Các cơ quan: Nội vụ; Tư pháp', 'Phòng Tư pháp', 'VP HĐND-UBND huyện', 'Văn phòng HĐND và UBND huyện; UBND cấp xã', ''];
    const r = officeResolver(cells);
    expect(r.officesOf('Các cơ quan: Nội vụ; Tư pháp')).toEqual(['Phòng Nội vụ', 'Phòng Tư pháp']);
    expect(r.officesOf('Văn phòng HĐND và UBND huyện; UBND cấp xã')).toEqual(['VP HĐND và UBND huyện', 'UBND cấp xã']);
    expect(r.officesOf('')).toEqual([UNASSIGNED_OFFICE]);
  });

  it("uses the official's list first: its names and other spellings", () => {
    const r = officeResolver(['VP HĐND-UBND huyện', 'Văn phòng HĐND và UBND'], [{ name: 'Văn phòng HĐND và UBND huyện', aliases: ['Văn phòng HĐND và UBND'] }]);
    expect(r.officesOf('VP HĐND-UBND huyện')).toEqual(['Văn phòng HĐND và UBND huyện']);
    expect(r.officesOf('Văn phòng HĐND và UBND')).toEqual(['Văn phòng HĐND và UBND huyện']);
    expect(r.known.find((o) => o.name === 'Văn phòng HĐND và UBND huyện')?.aliases).toEqual(
      expect.arrayContaining(['VP HĐND và UBND huyện', 'Văn phòng HĐND và UBND']),
    );
  });

  it.each(['000-appendix', '002-two-row-header', '003-markdown'] as const)(
    'gives every task of seed %s at least one lead office, splitting the joint ones',
    (seed) => {
      const tasks = importText(seedText(seed), 'document').plan.tasks.filter((t) => !t.group);
      const r = officeResolver(tasks.map((t) => t.lead));
      for (const t of tasks) {
        const offices = r.officesOf(t.lead);
        expect(offices.length).toBeGreaterThan(0);
        if (t.lead.includes(';')) expect(offices.length).toBeGreaterThan(1);
        if (t.lead.trim() === '') expect(offices).toEqual([UNASSIGNED_OFFICE]);
      }
    },
  );
});
