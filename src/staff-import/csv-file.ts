import { CsvError, parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { ImportProblem, importProblem } from './import-problem';

export type CsvEncoding = 'utf-8' | 'windows-1258';
export type CsvSeparator = ',' | ';';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

/** One record and the line of the file it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  separator: CsvSeparator;
  header: CsvRow;
  rows: CsvRow[];
}

export interface CsvReading {
  table: CsvTable | null;
  problems: ImportProblem[];
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

const EMPTY_FILE: CsvReading = { table: null, problems: [importProblem(1, 'the file is empty', 'tệp rỗng, không có dữ liệu')] };

/** fatal: invalid bytes throw instead of becoming U+FFFD; the default ignoreBOM=false drops a BOM. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8; otherwise Vietnamese Windows, as Excel saves "CSV" there. */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  try {
    return { text: STRICT_UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1258'), encoding: 'windows-1258' };
  }
}

/** Why bytes are not a CSV text at all (a workbook, an image), or null when they may be one. */
export function nonTextProblem(bytes: Uint8Array): 'excel' | 'binary' | null {
  const head = Buffer.from(bytes.subarray(0, 8192));
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) || head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'excel';
  return head.includes(0) ? 'binary' : null;
}

/** The separator used by the header line: the more frequent of semicolon and comma outside quotes. */
export function detectSeparator(headerLine: string): CsvSeparator {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const character of headerLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === ',') commas++;
    else if (!quoted && character === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Parses decoded text into a header and data rows, each with the line it starts on; blank rows are skipped. */
export function readCsvTable(text: string): CsvReading {
  // One line ending: csv-parse miscounts lines after a blank CRLF line, and Excel on a Mac still writes CR.
  const normalised = text.normalize('NFC').replace(/\r\n?/g, '\n');
  const firstLine = normalised.split('\n').find((line) => line.trim() !== '');
  if (firstLine === undefined) return EMPTY_FILE;
  const separator = detectSeparator(firstLine);
  let records: ParsedRecord[];
  try {
    // With info and raw, csv-parse returns objects; its typings only describe the plain form.
    records = parse(normalised, { delimiter: separator, relax_column_count: true, skip_empty_lines: true, info: true, raw: true, bom: true }) as unknown as ParsedRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { table: null, problems: [syntaxProblem(error)] };
  }
  const rows = records.map((parsed) => ({ line: startLine(parsed), cells: parsed.record.map((cell) => cell.trim()) })).filter((row) => row.cells.some((cell) => cell !== ''));
  const [header, ...data] = rows;
  if (!header) return EMPTY_FILE;
  return { table: { separator, header, rows: data }, problems: [] };
}

/** csv-parse counts the line a record ends on; a quoted cell may span lines, and skipped blank lines lead the raw text. */
function startLine(parsed: ParsedRecord): number {
  const body = parsed.raw.replace(/^(?:[ \t]*\n)+/, '').replace(/\n$/, '');
  return parsed.info.lines - (body.match(/\n/g)?.length ?? 0);
}

function syntaxProblem(error: CsvError): ImportProblem {
  const line = typeof error.lines === 'number' && error.lines > 0 ? error.lines : 1;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return importProblem(line, 'malformed CSV: a quoted cell is never closed', 'lỗi định dạng CSV: thiếu dấu ngoặc kép đóng');
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') return importProblem(line, 'malformed CSV: unexpected text after a closing quote', 'lỗi định dạng CSV: có ký tự sau dấu ngoặc kép đóng');
  return importProblem(line, `malformed CSV: ${error.message}`, 'lỗi định dạng CSV');
}
