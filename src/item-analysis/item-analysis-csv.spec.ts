import { parse } from 'csv-parse/sync';
import { ITEM_ANALYSIS_CSV_COLUMNS, itemAnalysisCsv } from './item-analysis-csv';
import type { CourseItemAnalysis } from './item-analysis.service';
import { ItemFlag } from './item-statistics';

const analysis: CourseItemAnalysis = {
  code: 'ATTT-01',
  title: 'Mật khẩu an toàn',
  submittedAttempts: 40,
  versions: [
    {
      version: 3,
      title: 'Mật khẩu an toàn',
      current: true,
      submittedAttempts: 40,
      items: [
        {
          questionKey: 'attt01-q01',
          type: 'single',
          text: '=HYPERLINK("http://example.invalid","Bấm vào đây")',
          correct: ['b'],
          counts: { drawn: 40, answeredRight: 10, topDrawn: 12, topRight: 2, bottomDrawn: 14, bottomRight: 5 },
          facility: 0.25,
          discrimination: 2 / 12 - 5 / 14,
          flags: [ItemFlag.NegativeDiscrimination],
          options: [
            { id: 'a', text: 'Có', chosen: 30 },
            { id: 'b', text: 'Không', chosen: 10 },
          ],
          unanswered: 0,
        },
      ],
    },
  ],
};

describe('itemAnalysisCsv', () => {
  const file = itemAnalysisCsv(analysis, new Date('2026-11-30T20:00:00Z'));
  const rows = parse(file.body.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;

  it('should start with a BOM and the English header, with CRLF line ends', () => {
    expect(file.body.startsWith(`\uFEFF${ITEM_ANALYSIS_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
  });

  it('should neutralise a question text that a spreadsheet would run as a formula', () => {
    expect(rows[0].question_text).toBe(`'=HYPERLINK("http://example.invalid","Bấm vào đây")`);
  });

  it('should keep a negative index a number, rounded to three decimals', () => {
    expect(rows[0]).toMatchObject({ discrimination_index: '-0.19', facility_index: '0.25', flags: 'negative_discrimination', option_counts: 'a=30;b=10' });
  });

  it('should name the file after the course and the date in Vietnam', () => {
    expect(file.headers['Content-Disposition']).toBe('attachment; filename="phan-tich-cau-hoi-ATTT-01-2026-12-01.csv"');
    expect(file.headers['Cache-Control']).toBe('no-store');
  });
});
