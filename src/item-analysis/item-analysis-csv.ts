import { stringify } from 'csv-stringify/sync';
import { vietnamDate } from '../common/vietnam-dates';
import { EXPORT_CONTENT_TYPES } from '../reports/export/export-content-types';
import { neutraliseCell } from '../reports/export/spreadsheet-safety';
import type { CourseItemAnalysis, ItemRow } from './item-analysis.service';

/** Column order and names are the export contract: one row per question per version. */
export const ITEM_ANALYSIS_CSV_COLUMNS = [
  'course_code',
  'version',
  'question_id',
  'question_type',
  'question_text',
  'times_drawn',
  'answered_right',
  'facility_index',
  'top_third_drawn',
  'top_third_right',
  'bottom_third_drawn',
  'bottom_third_right',
  'discrimination_index',
  'correct_options',
  'option_counts',
  'unanswered',
  'flags',
] as const;

type CsvRecord = Record<(typeof ITEM_ANALYSIS_CSV_COLUMNS)[number], string | number>;

export interface CsvFile {
  headers: Record<string, string>;
  body: string;
}

/** The whole file at once: a course has a few hundred questions at most. */
export function itemAnalysisCsv(analysis: CourseItemAnalysis, generatedAt: Date): CsvFile {
  const records = analysis.versions.flatMap((version) => version.items.map((item) => safeRecord(itemRecord(analysis.code, version.version, item))));
  // BOM and CRLF as in the compliance CSV: Excel then reads the diacritics right.
  const body = stringify(records, { bom: true, header: true, columns: [...ITEM_ANALYSIS_CSV_COLUMNS], record_delimiter: 'windows' });
  const fileName = `phan-tich-cau-hoi-${analysis.code.replace(/[^A-Za-z0-9-]/g, '-')}-${vietnamDate(generatedAt)}.csv`;
  return {
    headers: { 'Content-Type': EXPORT_CONTENT_TYPES.csv, 'Content-Disposition': `attachment; filename="${fileName}"`, 'Cache-Control': 'no-store' },
    body,
  };
}

function itemRecord(courseCode: string, version: number, item: ItemRow): CsvRecord {
  return {
    course_code: courseCode,
    version,
    question_id: item.questionKey,
    question_type: item.type,
    question_text: item.text,
    times_drawn: item.counts.drawn,
    answered_right: item.counts.answeredRight,
    facility_index: rounded(item.facility),
    top_third_drawn: item.counts.topDrawn,
    top_third_right: item.counts.topRight,
    bottom_third_drawn: item.counts.bottomDrawn,
    bottom_third_right: item.counts.bottomRight,
    discrimination_index: rounded(item.discrimination),
    correct_options: item.correct.join(';'),
    option_counts: item.options.map((option) => `${option.id}=${option.chosen}`).join(';'),
    unanswered: item.unanswered,
    flags: item.flags.join(';'),
  };
}

/** Numbers stay numbers (a negative index is not a formula); an index that cannot be computed is empty. */
function rounded(value: number | null): number | string {
  return value === null ? '' : Math.round(value * 1000) / 1000;
}

// Every text cell, as in the compliance CSV: question texts and option ids come from course authors.
function safeRecord(record: CsvRecord): CsvRecord {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === 'string' ? neutraliseCell(value) : value])) as CsvRecord;
}
