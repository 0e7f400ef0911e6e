// Fakes Excel.ChartCollection, Chart and ChartSeries: a series per column (or row) of the source,
// names not unique, ExcelApi 1.7/1.8 members refused below those versions; adds and edits are recorded writes.
import { FakeError, parseAddress, rectToAddress, type FakeChart, type FakeChartRange, type FakeSeries, type FakeSheet } from '../fakeWorkbook';
import type { FakeContext } from './context';
import { CollectionBase, ProxyBase, notLoaded, utf8 } from './proxy';
import { dims, single, type RangeProxy, type RangeTarget } from './range';

/** Excel.ChartType values the fake knows (the enum's values, not its keys: 'ColumnClustered', not 'columnClustered'). */
const CHART_TYPES = new Set([
  'ColumnClustered',
  'ColumnStacked',
  'ColumnStacked100',
  'BarClustered',
  'BarStacked',
  'Line',
  'LineMarkers',
  'Pie',
  'Doughnut',
  'Area',
  'XYScatter',
]);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);
const LEGEND_POSITIONS = new Set(['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom']);

const chartRange = (t: RangeTarget): FakeChartRange => ({ sheet: t.sheet.name, address: rectToAddress(single(t).rect) });

function needs(context: FakeContext, version: string, what: string): void {
  if (!context.fake.supports(version)) throw new FakeError('ApiNotFound', `${what} needs ExcelApi ${version}`);
}

export class ChartCollectionProxy extends CollectionBase<{ name: string }> {
  constructor(
    context: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context);
  }
  add(type: string, source: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    let created: FakeChart | null = null;
    this.context.enqueue(utf8(JSON.stringify({ type, seriesBy })), () => {
      if (!CHART_TYPES.has(type)) throw new FakeError('InvalidArgument', `fake: unknown chart type "${type}"`);
      if (!SERIES_BY.has(seriesBy)) throw new FakeError('InvalidArgument', `fake: unknown seriesBy "${seriesBy}"`);
      const sheet = this.sheet();
      const src = single(source.required());
      const [rows, cols] = dims(src.rect);
      // One series per column (or row); Excel's guessing of a header row is not modelled.
      const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && rows >= cols);
      const series: FakeSeries[] = Array.from({ length: byColumns ? cols : rows }, (_, i) => ({
        name: `Series${i + 1}`,
        values: chartRange({
          sheet: src.sheet,
          rect: byColumns
            ? { ...src.rect, left: src.rect.left + i, right: src.rect.left + i }
            : { ...src.rect, top: src.rect.top + i, bottom: src.rect.top + i },
        }),
        xValues: null,
      }));
      let n = 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      created = {
        name: `Chart ${n}`,
        type,
        seriesBy,
        source: chartRange(src),
        title: null,
        series,
        position: null,
        valueAxisNumberFormat: null,
        legendPosition: null,
      };
      sheet.charts.push(created);
      this.context.fake.record('charts.add', sheet, src.rect);
    });
    return new ChartProxy(this.context, () => created);
  }
  /** The first chart of that name, as Excel does. */
  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, () => this.sheet().charts.find((c) => c.name === name) ?? null);
  }
  load(spec?: string): this {
    this.context.enqueue(16, () => {
      this.loadedItems = this.sheet().charts.map((c) => ({ name: c.name }));
      this.context.responseBytes += utf8(JSON.stringify(this.loadedItems));
    });
    void spec;
    return this;
  }
}

class ChartProxy extends ProxyBase<FakeChart> {
  constructor(context: FakeContext, resolver: () => FakeChart | null) {
    super(context, resolver);
  }
  protected snapshot(field: string, t: FakeChart): unknown {
    if (field === 'name') return t.name;
    throw new FakeError('InvalidArgument', `fake Chart cannot load "${field}"`);
  }
  private sheetOf(t: FakeChart): FakeSheet | undefined {
    return this.context.fake.state.sheets.find((s) => s.charts.includes(t));
  }
  private set(prop: string, v: unknown, apply: (t: FakeChart) => void): void {
    this.write({ [prop]: v }, (t) => {
      this.context.fake.record(`chart.${prop}`, this.sheetOf(t));
      apply(t);
    });
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.set('name', v, (t) => (t.name = v));
  }
  get title(): { text: string } {
    const self = this;
    return {
      get text(): string {
        throw notLoaded('text');
      },
      set text(v: string) {
        self.set('title.text', v, (t) => (t.title = v));
      },
    };
  }
  get legend(): { position: string } {
    const self = this;
    return {
      get position(): string {
        throw notLoaded('position');
      },
      set position(v: string) {
        self.set('legend.position', v, (t) => {
          if (!LEGEND_POSITIONS.has(v)) throw new FakeError('InvalidArgument', `fake: unknown legend position "${v}"`);
          t.legendPosition = v;
        });
      },
    };
  }
  get axes(): { valueAxis: { numberFormat: string } } {
    const self = this;
    return {
      valueAxis: {
        get numberFormat(): string {
          throw notLoaded('numberFormat');
        },
        set numberFormat(v: string) {
          self.set('axes.valueAxis.numberFormat', v, (t) => {
            needs(self.context, '1.8', 'ChartAxis.numberFormat');
            t.valueAxisNumberFormat = v;
          });
        },
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.set('setPosition', [start, end ?? null], (t) => {
      parseAddress(start);
      if (end !== undefined) parseAddress(end);
      t.position = { start, end: end ?? null };
    });
  }
  get series(): { getItemAt(index: number): SeriesProxy; add(name?: string): SeriesProxy } {
    return {
      getItemAt: (index: number) => new SeriesProxy(this.context, () => this.required().series[index] ?? null),
      add: (name?: string) => {
        let created: FakeSeries | null = null;
        this.set('series.add', name ?? null, (t) => {
          needs(this.context, '1.7', 'ChartSeriesCollection.add');
          created = { name: name ?? `Series${t.series.length + 1}`, values: null, xValues: null };
          t.series.push(created);
        });
        return new SeriesProxy(this.context, () => created);
      },
    };
  }
  delete(): void {
    this.set('delete', true, (t) => {
      const sheet = this.sheetOf(t);
      sheet?.charts.splice(sheet.charts.indexOf(t), 1);
    });
  }
}

class SeriesProxy extends ProxyBase<FakeSeries> {
  constructor(context: FakeContext, resolver: () => FakeSeries | null) {
    super(context, resolver);
  }
  protected snapshot(field: string, t: FakeSeries): unknown {
    if (field === 'name') return t.name;
    throw new FakeError('InvalidArgument', `fake ChartSeries cannot load "${field}"`);
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write({ name: v }, (t) => {
      this.context.fake.record('chart.series.name', undefined);
      t.name = v;
    });
  }
  setValues(range: RangeProxy): void {
    this.write({ setValues: true }, (t) => {
      needs(this.context, '1.7', 'ChartSeries.setValues');
      this.context.fake.record('chart.series.setValues', undefined);
      t.values = chartRange(range.required());
    });
  }
  setXAxisValues(range: RangeProxy): void {
    this.write({ setXAxisValues: true }, (t) => {
      needs(this.context, '1.7', 'ChartSeries.setXAxisValues');
      this.context.fake.record('chart.series.setXAxisValues', undefined);
      t.xValues = chartRange(range.required());
    });
  }
}
