import { DrillCounts, NO_COUNTS, rollUpDrill } from './drill-results';
import { hashDrillToken, isTokenShaped, newDrillToken, tokensIn } from './drill-token';

const departments = [
  { id: 1, code: 'SKHCN', name: 'Sở KH&CN', path: '/1/', depth: 0 },
  { id: 2, code: 'SKHCN-CDS', name: 'Phòng CĐS', path: '/1/2/', depth: 1 },
  { id: 3, code: 'SNV', name: 'Sở Nội vụ', path: '/3/', depth: 0 },
  { id: 4, code: 'VP', name: 'Văn phòng', path: '/4/', depth: 0 },
];

describe('drill results', () => {
  it('should roll sub-departments up and leave out departments that received nothing', () => {
    const counts = new Map<number, DrillCounts>([
      [1, { ...NO_COUNTS, sent: 2, clicked: 1 }],
      [2, { ...NO_COUNTS, sent: 6, clicked: 2, dataEntered: 1, reported: 3, remedialAssigned: 2, remedialCompleted: 1 }],
      [3, { ...NO_COUNTS, sent: 3 }],
    ]);
    const rows = rollUpDrill(departments, counts);
    expect(rows.map((row) => row.departmentCode)).toEqual(['SKHCN', 'SKHCN-CDS', 'SNV']);
    expect(rows[0]).toMatchObject({ sent: 8, clicked: 3, clickedRate: 37.5, dataEnteredRate: 12.5, reportedRate: 37.5, remedialCompletedRate: 50 });
    expect(rows[2]).toMatchObject({ sent: 3, clickedRate: 0, remedialCompletedRate: null });
  });
});

describe('drill tokens', () => {
  it('should carry at least 128 random bits and store only a hash', () => {
    const { token, hash } = newDrillToken();
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(hash).toBe(hashDrillToken(token));
    expect(hash).not.toContain(token);
    expect(isTokenShaped(token)).toBe(true);
    expect(newDrillToken().token).not.toBe(token);
  });

  it('should find a token in a pasted link or message', () => {
    const { token } = newDrillToken();
    expect(tokensIn(`Thư lạ: https://portal.example/l/${token} hãy xem`)).toEqual([token]);
    expect(tokensIn('không có gì ở đây')).toEqual([]);
  });
});
