// Fakes Excel.Workbook and its collections: worksheets (with onSelectionChanged), named items, and the
// selected range; loads count response bytes, names.add is a recorded write.
import { FakeError, type FakeSheet } from '../fakeWorkbook';
import type { FakeContext } from './context';
import { CollectionBase, utf8 } from './proxy';
import { RangeProxy } from './range';
import { TableCollectionProxy } from './tables';
import { WorksheetProxy } from './worksheet';

class WorksheetCollectionProxy extends CollectionBase<{ name: string; id: string; autoFilter?: { enabled: boolean } }> {
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.fake.state.activeSheet);
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.fake.state.sheetByKey(key) ?? null);
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.fake.state.sheetByKey(key) ?? null, true);
  }
  add(name: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.context.enqueue(utf8(name), () => {
      created = this.context.fake.state.addSheet(name);
      this.context.fake.record('worksheets.add', created);
    });
    return new WorksheetProxy(this.context, () => created);
  }
  load(spec: string): this {
    const filters = /autoFilter\/enabled/.test(spec);
    this.context.enqueue(16, () => {
      if (filters && !this.context.fake.supports('1.9')) throw new FakeError('ApiNotFound', 'autoFilter needs ExcelApi 1.9');
      this.loadedItems = this.context.fake.state.sheets.map((s) => ({
        name: s.name,
        id: s.id,
        ...(filters ? { autoFilter: { enabled: s.autoFilter !== null } } : {}),
      }));
      this.context.responseBytes += utf8(JSON.stringify(this.loadedItems));
    });
    return this;
  }
  readonly onSelectionChanged = {
    add: (handler: (args: unknown) => unknown) => {
      this.context.enqueue(16, () => this.context.fake.handlers.push(handler));
      const fake = this.context.fake;
      return {
        context: this.context,
        remove: () => this.context.enqueue(16, () => fake.handlers.splice(fake.handlers.indexOf(handler), 1)),
      };
    },
  };
}

class NamedItemCollectionProxy extends CollectionBase<{ name: string }> {
  add(name: string, reference: string): void {
    this.context.enqueue(utf8(name + reference), () => {
      const names = this.context.fake.state.names;
      if ([...names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw new FakeError('InvalidArgument', `The name "${name}" already exists.`);
      this.context.fake.record('names.add', undefined);
      names.set(name, reference);
    });
  }
  getItem(name: string): { delete(): void } {
    return {
      delete: () =>
        this.context.enqueue(16, () => {
          const names = this.context.fake.state.names;
          const key = [...names.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
          if (!key) throw new FakeError('ItemNotFound', `No name "${name}".`);
          names.delete(key);
        }),
    };
  }
  load(spec: string): this {
    this.context.enqueue(16, () => {
      this.loadedItems = [...this.context.fake.state.names.keys()].map((name) => ({ name }));
    });
    void spec;
    return this;
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  constructor(readonly context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context);
  }
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const state = this.context.fake.state;
      const sel = state.selection && state.selection.sheetId === state.activeSheet.id ? state.selection : null;
      return { sheet: state.activeSheet, rect: sel?.rect ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
}
