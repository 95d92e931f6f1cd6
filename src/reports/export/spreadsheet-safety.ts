// Characters that make Excel or LibreOffice read a cell as a formula (or shift it into one).
// https://owasp.org/www-community/attacks/CSV_Injection
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Text for a spreadsheet cell that can never run as a formula: a leading trigger gets a `'` in front. */
export function neutraliseCell(value: string): string {
  return FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}
