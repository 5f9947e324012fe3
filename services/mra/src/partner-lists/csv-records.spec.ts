import { CsvSyntaxError, csvRecords } from './csv-records';

const records = (text: string) => [...csvRecords(text, 1000)].map(({ fields, line }) => [line, fields]);

describe('csvRecords', () => {
  it('reads quoted fields (commas, doubled quotes, line breaks), CRLF and LF, a byte order mark, and skips empty lines', () => {
    const text = '\ufeffa,b,c\r\n"x, y","say ""hi""",  "z"  \n\n"two\nlines",,\nlast,1,\n';
    expect(records(text)).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['x, y', 'say "hi"', 'z']],
      [4, ['two\nlines', '', '']],
      [6, ['last', '1', '']],
    ]);
  });

  it('reads a last record without a line break and keeps unquoted fields as written', () => {
    expect(records('a, b \n1,2')).toEqual([
      [1, ['a', ' b ']],
      [2, ['1', '2']],
    ]);
  });

  it.each([
    ['an open quote', 'a,b\n"open,x\n', 2, 'a quoted field is not closed'],
    ['text after a closing quote', 'a,b\n"x"y,z\n', 2, 'characters follow the closing quote of field 1'],
    ['a quote in an unquoted field', 'a,b\nx,y"z\n', 2, 'a quote inside the unquoted field 2'],
    ['a record too long', `a,b\n${'x'.repeat(1001)},y\n`, 2, 'a record is longer than 1000 characters'],
  ])('refuses %s (line %d: %s)', (_label, text, line, message) => {
    let error: unknown;
    try {
      records(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({ line, message });
  });
});
