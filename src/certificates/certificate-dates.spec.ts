import { addMonths, endOfValidity } from './certificate-dates';

describe('certificate dates', () => {
  it('should add months, falling back to the last day of a shorter month', () => {
    expect(addMonths('2026-11-24', 24)).toBe('2028-11-24');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('should keep a certificate valid through its last day in Vietnam', () => {
    expect(endOfValidity('2028-11-24').toISOString()).toBe('2028-11-24T17:00:00.000Z');
  });
});
