// Fakes a range's look: Range.format (font, fill, alignment, borders, widths), Range.dataValidation
// (list rules, Excel's 255/32/225-character limits) and Range.conditionalFormats; each is a recorded write.
import { FakeError, overlaps, rectToAddress, type Rect } from '../fakeWorkbook';
import { areasOf, type RangeProxy, type RangeTarget } from './range';

/** Range.format: each property a queued write of one format (see RangeProxy.writeFormat). */
export function formatOf(self: RangeProxy): Record<string, unknown> {
  const w =
    (prop: string) =>
    (v: unknown): void =>
      self.writeFormat(prop, v);
  return {
    font: {
      set bold(v: boolean) {
        w('bold')(v);
      },
      set italic(v: boolean) {
        w('italic')(v);
      },
      set color(v: string) {
        w('fontColor')(v);
      },
    },
    fill: {
      set color(v: string) {
        w('fill')(v);
      },
    },
    set wrapText(v: boolean) {
      w('wrap')(v);
    },
    set horizontalAlignment(v: string) {
      w('hAlign')(v);
    },
    set verticalAlignment(v: string) {
      w('vAlign')(v);
    },
    set columnWidth(v: number) {
      self.writeColumnWidth(v);
    },
    autofitRows: (): void => self.writeAutofit(),
    borders: {
      getItem: (edge: string) => ({
        set style(v: string) {
          w(`border.${edge}.style`)(v);
        },
        set color(v: string) {
          w(`border.${edge}.color`)(v);
        },
      }),
    },
  };
}

/** Range.dataValidation: one rule per area, kept by address. */
export function dataValidationOf(self: RangeProxy): Record<string, unknown> {
  const each = (t: RangeTarget, set: (v: { rect: Rect } & Record<string, unknown>) => void): void => {
    for (const rect of areasOf(t)) {
      const key = rectToAddress(rect);
      let rule = t.sheet.validationsByAddress.get(key) as ({ rect: Rect } & Record<string, unknown>) | undefined;
      if (!rule) {
        t.sheet.validations.push((rule = { rect }));
        t.sheet.validationsByAddress.set(key, rule);
      }
      set(rule);
    }
  };
  return {
    set rule(v: { list?: { source?: string } }) {
      self.write({ rule: v }, (t) => {
        if (!v.list || typeof v.list.source !== 'string') throw new FakeError('InvalidArgument', 'fake: only list validation');
        if (v.list.source.length > 255) throw new FakeError('InvalidArgument', 'List source longer than 255 characters.');
        self.context.fake.record('dataValidation.rule', t.sheet, t.rect);
        each(t, (x) => (x.rule = v));
      });
    },
    set errorAlert(v: { title?: string; message?: string }) {
      self.write({ errorAlert: v }, (t) => {
        if ((v.title ?? '').length > 32 || (v.message ?? '').length > 225) throw new FakeError('InvalidArgument', 'Error alert title or message too long.');
        each(t, (x) => (x.errorAlert = v));
      });
    },
    set ignoreBlanks(v: boolean) {
      self.write({ ignoreBlanks: v }, (t) => each(t, (x) => (x.ignoreBlanks = v)));
    },
    clear() {
      self.write({ clear: true }, (t) => {
        self.context.fake.record('dataValidation.clear', t.sheet, t.rect);
        const keep = t.sheet.validations.filter((v) => !overlaps(v.rect, t.rect));
        t.sheet.validations.splice(0, t.sheet.validations.length, ...keep);
        t.sheet.validationsByAddress.clear();
        for (const v of keep) t.sheet.validationsByAddress.set(rectToAddress(v.rect), v);
      });
    },
  };
}

/** Range.conditionalFormats: Custom formats only. */
export function conditionalFormatsOf(self: RangeProxy): { add(type: string): unknown; clearAll(): void } {
  return {
    add(type: string) {
      const cf: Record<string, unknown> = { type };
      self.write({ add: type }, (t) => {
        if (type !== 'Custom') throw new FakeError('InvalidArgument', 'fake: only Custom conditional formats');
        self.context.fake.record('conditionalFormats.add', t.sheet, t.rect);
        cf.rect = t.rect;
        t.sheet.conditionalFormats.push(cf as never);
      });
      const setLater = (prop: string) => (v: unknown) => self.write({ [prop]: v }, () => (cf[prop] = v));
      return {
        custom: {
          rule: {
            set formula(v: string) {
              setLater('formula')(v);
            },
          },
          format: {
            fill: {
              set color(v: string) {
                setLater('fill')(v);
              },
            },
            font: {
              set color(v: string) {
                setLater('fontColor')(v);
              },
            },
          },
        },
        set priority(v: number) {
          setLater('priority')(v);
        },
      };
    },
    clearAll() {
      self.write({ clearAll: true }, (t) => {
        self.context.fake.record('conditionalFormats.clearAll', t.sheet, t.rect);
        const keep = t.sheet.conditionalFormats.filter((c) => !overlaps(c.rect, t.rect));
        t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length, ...keep);
      });
    },
  };
}
