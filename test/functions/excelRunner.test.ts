/**
 * The Excel runner's own part (src/functions/runExcel.ts), beyond the core codec: how DUE's date
 * comes back (a formatted number where the build and Excel allow it, the serial otherwise), error
 * cells and data types among the inputs, and the generated functions on a runtime that has
 * CustomFunctionsRuntime 1.4 but a build that did not target it.
 */
import { DATE_FORMAT, dateResultFor, excelFunctionCodec, type RequirementsProbe } from '../../src/functions/runExcel';
import { runFunction, type CellError } from '../../src/core/functions';

/** An Excel that has exactly these requirement sets (name → highest version). */
const excelWith = (sets: Record<string, string>): RequirementsProbe => ({
  isSetSupported(name, version = '1.1') {
    const have = sets[name];
    if (!have) return false;
    const [a, b] = [have, version].map((v) => v.split('.').map(Number));
    return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
  },
});

const plainError = (e: CellError) => e;

describe('how a date result is returned (dateResultFor)', () => {
  const modern = excelWith({ CustomFunctionsRuntime: '1.5', ExcelApi: '1.19' });
  const office2208 = excelWith({ CustomFunctionsRuntime: '1.4', ExcelApi: '1.16' });
  const office2021 = excelWith({ CustomFunctionsRuntime: '1.3', ExcelApi: '1.14' });

  it.each([
    ['a 1.4 build on Excel with ExcelApi 1.19: Double with a number format', '1.4', modern, 'Double'],
    ['a 1.4 build on Excel with ExcelApi 1.16–1.18: FormattedNumber', '1.4', office2208, 'FormattedNumber'],
    ['a 1.4 build on Excel without CustomFunctionsRuntime 1.4: the serial', '1.4', office2021, 'serial'],
    ['a 1.3 build (no data-types option in functions.json), even on the newest Excel: the serial', '1.3', modern, 'serial'],
    ['no build constant (jest, tsc): the serial', undefined, modern, 'serial'],
    ['no Office requirements object: the serial', '1.4', undefined, 'serial'],
  ])('%s', (_, build, excel, expected) => {
    expect(dateResultFor(build, excel)).toBe(expected);
  });

  it('gives the serial when asking Office throws', () => {
    const broken: RequirementsProbe = {
      isSetSupported: () => {
        throw new Error('not ready');
      },
    };
    expect(dateResultFor('1.4', broken)).toBe('serial');
  });
});

describe('DUE through the Excel codec', () => {
  it('is a formatted date where supported: { type, basicValue: serial, numberFormat: dd/mm/yyyy }', () => {
    expect(DATE_FORMAT).toBe('dd/mm/yyyy');
    for (const type of ['Double', 'FormattedNumber'] as const) {
      const codec = excelFunctionCodec(plainError, type);
      expect(runFunction('DUE', [[['Quý III năm 2024']]], codec)).toEqual([[{ type, basicValue: 45565, numberFormat: 'dd/mm/yyyy' }]]);
    }
  });

  it('is the serial otherwise', () => {
    expect(runFunction('DUE', [[['Quý III năm 2024']]], excelFunctionCodec(plainError, 'serial'))).toEqual([[45565]]);
  });

  it('formats only dates: blanks, errors and other functions’ numbers are as before', () => {
    const codec = excelFunctionCodec(plainError, 'Double');
    expect(runFunction('DUE', [[['Theo kế hoạch'], ['khi nào xong thì thôi']]], codec)).toEqual([
      [''],
      [{ error: '#VALUE!', message: expect.stringContaining('Không đọc được thời hạn') }],
    ]);
    expect(runFunction('RATE', [[[45]], [[50]]], codec)).toEqual([[0.9]]);
  });

  it('reads a formatted date back: STATUS takes DUE’s own result as its deadline', () => {
    const codec = excelFunctionCodec(plainError, 'Double');
    const due = (runFunction('DUE', [[['Quý III năm 2024']]], codec) as unknown[][])[0][0];
    expect(runFunction('STATUS', [[[due]], [['Đang thực hiện']], null, [[45566]]], codec)).toEqual([['Quá hạn']]);
    const old = { type: 'FormattedNumber', basicValue: 45565, numberFormat: 'dd/mm/yyyy' };
    expect(runFunction('STATUS', [[[old]], [['']], null, [[45560]]], codec)).toEqual([['Sắp đến hạn']]);
  });
});

describe('an error cell in an input range (allowErrorForDataTypeAny)', () => {
  const codec = excelFunctionCodec(plainError, 'serial');

  it('gives an error in that cell only, naming the input error', () => {
    // As Excel passes them: a CustomFunctions.Error-like object, or an error data type.
    const divZero = { code: '#DIV/0!' };
    const na = { code: '#N/A' };
    const ref = { type: 'Error', basicValue: '#REF!', errorType: 'Ref' };
    expect(
      runFunction(
        'RATE',
        [
          [[45], [divZero], [10], [na], [5]],
          [[50], [50], [ref], [50], [50]],
        ],
        codec,
      ),
    ).toEqual([
      [0.9],
      [{ error: '#VALUE!', message: 'Ô đầu vào đang là lỗi #DIV/0!' }],
      [{ error: '#VALUE!', message: 'Ô đầu vào đang là lỗi #REF!' }],
      [{ error: '#N/A', message: 'Ô đầu vào đang là lỗi #N/A' }],
      [0.1],
    ]);
  });

  it('reads an error data type without an error text as #VALUE!, never as a value', () => {
    expect(runFunction('DUE', [[[{ type: 'Error', errorType: 'Busy' }]]], codec)).toEqual([[{ error: '#VALUE!', message: 'Ô đầu vào đang là lỗi #Busy' }]]);
  });
});

describe('the generated Excel functions on the runner', () => {
  class FakeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const globals = globalThis as Record<string, unknown>;

  beforeAll(() => {
    globals.CustomFunctions = { Error: FakeError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' }, associate: () => undefined };
    // The newest Excel: without the build constant (a 1.3 build) DUE still returns the serial.
    globals.Office = { context: { requirements: excelWith({ CustomFunctionsRuntime: '1.5', ExcelApi: '1.19' }) } };
  });
  afterAll(() => {
    delete globals.CustomFunctions;
    delete globals.Office;
  });

  it('returns the serial from a build that did not target 1.4, and CustomFunctions.Error for an error input', () => {
    const excel = require('../../src/functions/functions') as typeof import('../../src/functions/functions');
    expect(excel.due([['Quý III năm 2024']])).toEqual([[45565]]);
    const out = excel.rate([[45], [new FakeError('#NUM!')]], [[50], [50]]);
    expect(out).toEqual([[0.9], [new FakeError('#VALUE!', 'Ô đầu vào đang là lỗi #NUM!')]]);
  });
});
