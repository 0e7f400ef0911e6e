// Fakes Excel.Table and Excel.TableCollection: add rows at the end, rename, style, convert to range,
// look up by name; appended rows are recorded writes (table.rows.add).
import { FakeError, type FakeTable } from '../fakeWorkbook';
import type { FakeContext } from './context';
import { CollectionBase, ProxyBase, utf8 } from './proxy';
import { eachCell } from './range';

export class TableProxy extends ProxyBase<FakeTable> {
  constructor(context: FakeContext, resolver: () => FakeTable | null, orNull = false) {
    super(context, resolver, orNull);
  }
  protected snapshot(field: string, t: FakeTable): unknown {
    if (field === 'name') return t.name;
    throw new FakeError('InvalidArgument', `fake Table cannot load "${field}"`);
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write({ name: v }, (t) => this.context.fake.state.renameTable(t, v));
  }
  set style(v: string) {
    this.write({ style: v }, (t) => (t.style = v));
  }
  set showBandedRows(v: boolean) {
    this.write({ showBandedRows: v }, (t) => (t.showBandedRows = v));
  }
  get rows(): { add(index: number | undefined | null, values: unknown[][]): void } {
    return {
      add: (index, values) =>
        this.write({ index, values }, (t) => {
          if (index !== undefined && index !== null) throw new Error('fake: rows.add only appends');
          const sheet = this.context.fake.state.sheetByKey(t.sheetId)!;
          const rect = { top: t.rect.bottom + 1, left: t.rect.left, bottom: t.rect.bottom + values.length, right: t.rect.right };
          this.context.fake.record('table.rows.add', sheet, rect);
          eachCell({ sheet, rect }, values, (r, c, x) => this.context.fake.state.writeValue(sheet, r, c, x));
          t.rect = { ...t.rect, bottom: rect.bottom };
        }),
    };
  }
  convertToRange(): void {
    this.write({ convertToRange: true }, (t) => {
      const tables = this.context.fake.state.tables;
      tables.splice(tables.indexOf(t), 1);
    });
  }
}

export class TableCollectionProxy extends CollectionBase<{ name: string; worksheet: { name: string } }> {
  getItem(name: string): TableProxy {
    return new TableProxy(this.context, () => this.context.fake.state.tableByName(name) ?? null);
  }
  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.context, () => this.context.fake.state.tableByName(name) ?? null, true);
  }
  load(spec: string): this {
    this.context.enqueue(16, () => {
      const state = this.context.fake.state;
      this.loadedItems = state.tables.map((t) => ({ name: t.name, worksheet: { name: state.sheetByKey(t.sheetId)!.name } }));
      this.context.responseBytes += utf8(JSON.stringify(this.loadedItems));
    });
    void spec;
    return this;
  }
}
