import { formatDate, formatDateTime } from './view-helpers';

describe('date formatting', () => {
  it('should show dd/mm/yyyy in Vietnam time whatever the server zone', () => {
    // 20:30 UTC on 31 Dec is already 1 Jan in Hà Nội.
    expect(formatDate(new Date('2025-12-31T20:30:00Z'))).toBe('01/01/2026');
    expect(formatDateTime(new Date('2026-03-05T02:07:00Z'))).toBe('05/03/2026 09:07');
  });

  it('should show nothing for a missing date', () => {
    expect(formatDate(null)).toBe('');
  });
});
