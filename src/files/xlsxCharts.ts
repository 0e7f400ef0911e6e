/**
 * Charts in the .xlsx files PAR Tracker writes (the tracker's Tổng hợp chỉ số, the roll-up's
 * Tổng hợp đơn vị). exceljs writes no charts, so they are added to its output afterwards: for each
 * sheet of the model that has charts, a drawing part anchoring one chart part per ChartModel (a
 * clustered column chart over ranges of that sheet, as Excel and Google Sheets draw it from the
 * same model), related to the sheet, with their content types. Excel, LibreOffice and Google
 * Sheets open the result and compute the series from the cells.
 */
import JSZip from 'jszip';
import type { ChartModel, WorkbookModel } from '../workbook/model';

const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlDecode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** "'Tổng hợp đơn vị'!$B$6:$B$13" from a sheet name and "B6:B13". */
function absoluteRef(sheet: string, range: string): string {
  const abs = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

/** 0-based column and row of an A1 cell. */
function cellIndex(a1: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return { col: 0, row: 0 };
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { col, row: Number(m[2]) - 1 };
}

/** One chart part: a clustered column chart of the model's series over its categories. */
export function chartXml(sheet: string, chart: ChartModel): string {
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${xmlText(absoluteRef(sheet, chart.categories))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlText(absoluteRef(sheet, s.values))}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join('');
  const numFmt = xmlText(chart.numFmt ?? 'General');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    `xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    '<c:gapWidth val="150"/><c:axId val="500100"/><c:axId val="500200"/></c:barChart>' +
    '<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500200"/><c:crosses val="autoZero"/>' +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    '<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>' +
    `<c:numFmt formatCode="${numFmt}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500100"/><c:crosses val="autoZero"/>` +
    '<c:crossBetween val="between"/></c:valAx></c:plotArea>' +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part of a sheet: each chart anchored at its cell, over its columns × rows. */
function drawingXml(charts: readonly ChartModel[], firstId: number): string {
  const anchors = charts
    .map((chart, i) => {
      const from = cellIndex(chart.anchor);
      const pos = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(from.col, from.row)}</xdr:from>` +
        `<xdr:to>${pos(from.col + chart.widthColumns, from.row + chart.heightRows)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${firstId + i}" name="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
        '<xdr:clientData/></xdr:twoCellAnchor>'
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    `xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`
  );
}

function relsXml(rels: ReadonlyArray<{ id: string; type: string; target: string }>): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') +
    '</Relationships>'
  );
}

/** Where each sheet of the workbook is stored, by sheet name: "xl/worksheets/sheet3.xml". */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const paths = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) paths.set(xmlDecode(name), path);
  }
  return paths;
}

/** Elements that follow <drawing> in a worksheet (the schema fixes the order). */
const AFTER_DRAWING = [
  '<legacyDrawing',
  '<legacyDrawingHF',
  '<drawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
];

/** The sheet's XML with a <drawing> element in its place. */
function withDrawingElement(sheetXml: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  let xml = sheetXml;
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
  const at = AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0);
  const index = at.length > 0 ? Math.min(...at) : xml.lastIndexOf('</worksheet>');
  return xml.slice(0, index) + element + xml.slice(index);
}

/** A zip being given drawings: numbers new parts after the ones it has, and collects content types. */
class ChartWriter {
  private drawingNo: number;
  private chartNo: number;
  private types: string;

  private constructor(
    private readonly zip: JSZip,
    types: string,
  ) {
    this.types = types;
    this.drawingNo = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)).length;
    this.chartNo = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length;
  }

  static async open(zip: JSZip): Promise<ChartWriter> {
    return new ChartWriter(zip, (await zip.file('[Content_Types].xml')?.async('string')) ?? '');
  }

  /**
   * Gives the sheet stored at `path` a drawing of these charts (chart parts' XML, in the order the
   * drawing's r:ids rIdChart1… name them); false when the sheet has a drawing already.
   */
  async attach(path: string, drawing: string, charts: readonly string[]): Promise<boolean> {
    const sheetXml = await this.zip.file(path)?.async('string');
    if (sheetXml === undefined || sheetXml.includes('<drawing ')) return false;
    const drawingPath = `xl/drawings/drawing${++this.drawingNo}.xml`;
    const rels = charts.map((xml, i) => {
      const chartPath = `xl/charts/chart${++this.chartNo}.xml`;
      this.zip.file(chartPath, xml);
      this.override(chartPath, CT_CHART);
      return { id: `rIdChart${i + 1}`, type: REL_CHART, target: `../charts/chart${this.chartNo}.xml` };
    });
    this.zip.file(drawingPath, drawing);
    this.zip.file(drawingPath.replace(/([^/]+)$/, '_rels/$1.rels'), relsXml(rels));
    this.override(drawingPath, CT_DRAWING);
    const relsPath = path.replace(/([^/]+)$/, '_rels/$1.rels');
    const existing = (await this.zip.file(relsPath)?.async('string')) ?? relsXml([]);
    const relId = 'rIdParDrawing';
    this.zip.file(
      relsPath,
      existing.replace('</Relationships>', `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../${drawingPath.slice(3)}"/></Relationships>`),
    );
    this.zip.file(path, withDrawingElement(sheetXml, relId));
    return true;
  }

  private override(partPath: string, contentType: string): void {
    this.types = this.types.replace('</Types>', `<Override PartName="/${partPath}" ContentType="${contentType}"/></Types>`);
  }

  async bytes(): Promise<Uint8Array> {
    this.zip.file('[Content_Types].xml', this.types);
    return new Uint8Array(await this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } }));
  }
}

/**
 * The .xlsx bytes with the model's charts added to their sheets; the bytes as they are when the
 * model has none. A sheet that already has a drawing is left alone.
 */
export async function addCharts(bytes: Uint8Array, model: WorkbookModel): Promise<Uint8Array> {
  const withCharts = model.sheets.filter((s) => (s.charts ?? []).length > 0);
  if (withCharts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const paths = await sheetPaths(zip);
  const writer = await ChartWriter.open(zip);
  for (const sheet of withCharts) {
    const path = paths.get(sheet.name);
    const charts = sheet.charts!;
    if (path)
      await writer.attach(
        path,
        drawingXml(charts, 2),
        charts.map((c) => chartXml(sheet.name, c)),
      );
  }
  return writer.bytes();
}

/** The drawing of a sheet and the chart parts it shows, when every part it relates to is a chart. */
async function chartsOfSheet(zip: JSZip, path: string): Promise<{ drawing: string; charts: string[] } | null> {
  const sheetXml = (await zip.file(path)?.async('string')) ?? '';
  const relId = /<drawing\b[^>]*\br:id="([^"]+)"/.exec(sheetXml)?.[1];
  if (!relId) return null;
  const relsPath = path.replace(/([^/]+)$/, '_rels/$1.rels');
  const sheetRels = (await zip.file(relsPath)?.async('string')) ?? '';
  const rel = [...sheetRels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${relId}"`));
  const target = rel ? /\bTarget="([^"]+)"/.exec(rel)?.[1] : undefined;
  if (!target) return null;
  const drawingPath = new URL(target, `file:///${path}`).pathname.slice(1);
  let drawing = (await zip.file(drawingPath)?.async('string')) ?? '';
  const drawingRels = (await zip.file(drawingPath.replace(/([^/]+)$/, '_rels/$1.rels'))?.async('string')) ?? '';
  const charts: string[] = [];
  for (const m of drawingRels.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType="([^"]+)"/.exec(m[0])?.[1];
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const chartTarget = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    // A picture or a shape's part would be lost in the copy: such a drawing is not carried.
    if (type !== REL_CHART || !id || !chartTarget) return null;
    const chart = await zip.file(new URL(chartTarget, `file:///${drawingPath}`).pathname.slice(1))?.async('string');
    if (chart === undefined) return null;
    charts.push(chart);
    drawing = drawing.split(`r:id="${id}"`).join(`r:id="rIdChart${charts.length}"`);
  }
  return charts.length > 0 ? { drawing, charts } : null;
}

/**
 * The bytes of a workbook written again (exceljs drops the charts of a file it reads) with the
 * charts of the same sheets in the file it was read from, where the new file has none there.
 */
export async function carryCharts(from: Uint8Array, to: Uint8Array): Promise<Uint8Array> {
  const before = await JSZip.loadAsync(from);
  if (!Object.keys(before.files).some((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))) return to;
  const oldPaths = await sheetPaths(before);
  const zip = await JSZip.loadAsync(to);
  const newPaths = await sheetPaths(zip);
  const writer = await ChartWriter.open(zip);
  let carried = false;
  for (const [name, oldPath] of oldPaths) {
    const newPath = newPaths.get(name);
    const found = newPath ? await chartsOfSheet(before, oldPath) : null;
    if (newPath && found) carried = (await writer.attach(newPath, found.drawing, found.charts)) || carried;
  }
  return carried ? writer.bytes() : to;
}
