import { neutraliseCell, toCsv } from './csv';

describe('toCsv', () => {
  it('writes RFC 4180: header, CRLF, quoted separators and doubled quotes', () => {
    const csv = toCsv(
      [{ name: 'Braze, Inc.', note: 'says "hi"\nthen leaves' }],
      [
        { header: 'name', value: r => r.name },
        { header: 'note', value: r => r.note },
      ],
    );
    expect(csv).toBe(
      'name,note\r\n"Braze, Inc.","says ""hi""\nthen leaves"\r\n',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const danger of [
      '=HYPERLINK("http://x")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tx',
      '\rx',
    ]) {
      expect(neutraliseCell(danger)).toBe(`'${danger}`);
    }
    expect(neutraliseCell('plain')).toBe('plain');
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(undefined)).toBe('');
    const csv = toCsv([{ v: '=cmd|calc' }], [{ header: 'v', value: r => r.v }]);
    expect(csv).toBe("v\r\n'=cmd|calc\r\n");
  });
});
