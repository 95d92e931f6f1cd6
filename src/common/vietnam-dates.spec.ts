import { dateLine, vietnamDate } from './vietnam-dates';

describe('Vietnamese dates', () => {
  it('should take the calendar date in Vietnam', () => {
    expect(vietnamDate(new Date('2026-11-23T18:30:00Z'))).toBe('2026-11-24');
  });

  it('should write the place and date the way official documents do', () => {
    expect(dateLine('An Hòa', '2026-11-24')).toBe('An Hòa, ngày 24 tháng 11 năm 2026');
    expect(dateLine('An Hòa', '2027-02-05')).toBe('An Hòa, ngày 05 tháng 02 năm 2027');
    expect(dateLine('An Hòa', '2027-03-09')).toBe('An Hòa, ngày 09 tháng 3 năm 2027');
  });
});
