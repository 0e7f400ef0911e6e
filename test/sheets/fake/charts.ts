// Fakes Sheets' embedded charts: the chart builder (Sheet.newChart) and the chart it builds; every
// range on the builder's sheet. Counts nothing itself (Sheet.newChart/insertChart/removeChart count).
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

export interface FakeChart {
  /** The sheet the builder came from (Sheet.newChart); every range is on it. */
  readonly sheet: string;
  readonly type: string;
  readonly merge: string;
  readonly headers: number;
  readonly ranges: string[];
  readonly position: { row: number; column: number };
  readonly options: Record<string, unknown>;
}

export class FakeChartBuilder {
  private type = '';
  private merge = 'MERGE_COLUMNS';
  private headers = -1;
  private readonly ranges: string[] = [];
  private position = { row: 1, column: 1 };
  private readonly options: Record<string, unknown> = {};
  constructor(private readonly sheet: FakeSheet) {}
  setChartType(type: string): this {
    this.type = type;
    return this;
  }
  setMergeStrategy(merge: string): this {
    this.merge = merge;
    return this;
  }
  setNumHeaders(n: number): this {
    this.headers = n;
    return this;
  }
  addRange(range: FakeRange): this {
    if (range.sheet !== this.sheet) throw new Error('fake: a chart range on another sheet');
    this.ranges.push(range.getA1Notation());
    return this;
  }
  setPosition(row: number, column: number, _x: number, _y: number): this {
    this.position = { row, column };
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.options[key] = value;
    return this;
  }
  build(): FakeChart {
    if (!this.type || this.ranges.length === 0) throw new Error('fake: a chart needs a type and ranges');
    return {
      sheet: this.sheet.name,
      type: this.type,
      merge: this.merge,
      headers: this.headers,
      ranges: [...this.ranges],
      position: this.position,
      options: { ...this.options },
    };
  }
}
