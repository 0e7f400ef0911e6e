// Fakes Excel.Worksheet: ranges by address/indexes, used range, tables.add, freeze panes, AutoFilter,
// page layout, notes and its chart collection; range arguments land where Excel puts them. Counts nothing itself.
import { FakeError, parseAddress, rectToAddress, type FakeSheet, type FakeTable, type Rect } from '../fakeWorkbook';
import { ChartCollectionProxy } from './charts';
import type { FakeContext } from './context';
import { ProxyBase } from './proxy';
import { RangeProxy } from './range';
import { TableProxy } from './tables';

export class WorksheetProxy extends ProxyBase<FakeSheet> {
  constructor(context: FakeContext, resolver: () => FakeSheet | null, orNull = false) {
    super(context, resolver, orNull);
  }
  protected snapshot(field: string, t: FakeSheet): unknown {
    if (field === 'name') return t.name;
    if (field === 'id') return t.id;
    throw new FakeError('InvalidArgument', `fake Worksheet cannot load "${field}"`);
  }
  get name(): string {
    return this.read('name');
  }
  get id(): string {
    return this.read('id');
  }

  private range(rect: () => Rect, orNull = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this.parentOrNull();
        return sheet ? { sheet, rect: rect() } : null;
      },
      orNull,
    );
  }
  getRange(address?: string): RangeProxy {
    return this.range(() => (address ? parseAddress(address) : { top: 1, left: 1, bottom: 1_048_576, right: 16_384 }));
  }
  /** A RangeAreas: several comma-separated areas. */
  getRanges(address: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.parentOrNull();
      const areas = address.split(',').map((a) => parseAddress(a.trim()));
      return sheet ? { sheet, rect: areas[0], areas } : null;
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    if (rows < 1 || cols < 1) throw new FakeError('InvalidArgument', 'getRangeByIndexes: empty range');
    return this.range(() => ({ top: row + 1, left: col + 1, bottom: row + rows, right: col + cols }));
  }
  getCell(row: number, col: number): RangeProxy {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  /** Excel gives A1 as the used range of an empty sheet. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range(() => this.parentOrNull()?.usedRect(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this.parentOrNull();
        const rect = sheet?.usedRect(valuesOnly);
        return sheet && rect ? { sheet, rect } : null;
      },
      true,
    );
  }
  activate(): void {
    this.write({ activate: true }, (s) => (this.context.fake.state.activeSheetId = s.id));
  }
  /**
   * Where a range argument lands, as Excel does it: a Range object on its own sheet, an address
   * string without a sheet name on the ACTIVE sheet — whatever sheet's collection was called.
   */
  private rangeArgument(range: string | RangeProxy): { sheet: FakeSheet; rect: Rect } {
    if (typeof range !== 'string') {
      const t = range.resolveTarget();
      if (!t) throw new FakeError('ItemNotFound', 'range argument is a null object');
      return { sheet: t.sheet, rect: t.rect };
    }
    const sheet = range.includes('!')
      ? this.context.fake.state.sheetByName(range.slice(0, range.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'"))
      : this.context.fake.state.activeSheet;
    if (!sheet) throw new FakeError('ItemNotFound', `no sheet for ${range}`);
    return { sheet, rect: parseAddress(range) };
  }
  get tables(): { add(address: string | RangeProxy, hasHeaders: boolean): TableProxy } {
    return {
      add: (address: string | RangeProxy, hasHeaders: boolean) => {
        let created: FakeTable | null = null;
        this.write({ address: typeof address === 'string' ? address : 'range', hasHeaders }, () => {
          const { sheet, rect } = this.rangeArgument(address);
          this.context.fake.record('tables.add', sheet, rect);
          created = this.context.fake.state.addTable(sheet, rect);
        });
        return new TableProxy(this.context, () => created);
      },
    };
  }
  get freezePanes(): { freezeRows(n: number): void; unfreeze(): void } {
    return {
      freezeRows: (n: number) => this.write({ freezeRows: n }, (s) => (s.frozenRows = n)),
      unfreeze: () => this.write({ unfreeze: true }, (s) => (s.frozenRows = 0)),
    };
  }
  get autoFilter(): { apply(address: string | RangeProxy): void; remove(): void } {
    return {
      apply: (address: string | RangeProxy) =>
        this.write({ apply: typeof address === 'string' ? address : 'range' }, () => {
          const { sheet, rect } = this.rangeArgument(address);
          sheet.autoFilter = rect;
        }),
      // Whether Excel accepts removing an AutoFilter that is not there is undocumented: the fake refuses.
      remove: () =>
        this.write({ remove: true }, (s) => {
          if (!s.autoFilter) throw new FakeError('InvalidOperation', 'fake: no AutoFilter to remove');
          s.autoFilter = null;
        }),
    };
  }
  get pageLayout(): Record<string, unknown> {
    const set = (prop: string) => (v: unknown) => this.write({ [prop]: v }, (s) => (s.pageLayout[prop] = v));
    return {
      set orientation(v: string) {
        set('orientation')(v);
      },
      set paperSize(v: string) {
        set('paperSize')(v);
      },
      set zoom(v: unknown) {
        set('zoom')(v);
      },
      setPrintTitleRows: (v: string) => set('printTitleRows')(v),
    };
  }
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, () => this.required());
  }
  get notes(): { add(cell: RangeProxy | string, text: string): void } {
    return {
      add: (cell: RangeProxy | string, text: string) =>
        this.write({ text }, (s) => {
          const t = typeof cell === 'string' ? { sheet: s, rect: parseAddress(cell) } : cell.required();
          if (s.notes.some((n) => n.address === rectToAddress(t.rect))) throw new FakeError('InvalidOperation', 'The cell already has a note.');
          s.notes.push({ address: rectToAddress(t.rect), text });
        }),
    };
  }
}
