import { Citation, CourseSource } from './content/course-content';

/** "2021-08-27" → "27/08/2021"; a year or a month alone ("2023", "2024-07") stays partial. */
export function formatSourceDate(date: string): string {
  return date.split('-').reverse().join('/');
}

/** How a directive is named in Vietnamese official style: "số 1920/STTTT-CNTT ngày 27/08/2021 của Sở …". */
export function describeSource(source: CourseSource): string {
  const date = formatSourceDate(source.date);
  const parts = source.date.split('-').length;
  const when = parts === 3 ? `ngày ${date}` : parts === 2 ? `tháng ${date}` : `năm ${date}`;
  return `Văn bản số ${source.number} ${when} của ${source.issuer}`;
}

export interface CitationView {
  source: string;
  title: string;
  part: string;
}

/** Resolves a citation against the version's sources for display. */
export function citationView(citation: Citation, sources: CourseSource[]): CitationView {
  const source = sources.find((candidate) => candidate.id === citation.ref);
  return { source: source ? describeSource(source) : citation.ref, title: source?.title ?? '', part: citation.part };
}

export interface CitingLesson {
  position: number;
  title: string;
  sources: Citation[];
}

/**
 * The lesson that teaches what a question cites: the same citation, or failing that the same
 * part of the same document ("Điều 5, khoản 2" whatever the description in brackets).
 */
export function lessonForCitation<T extends CitingLesson>(lessons: readonly T[], citation: Citation): T | null {
  const same = lessons.find((lesson) => lesson.sources.some((source) => source.ref === citation.ref && source.part === citation.part));
  if (same) return same;
  const label = partLabel(citation.part);
  return lessons.find((lesson) => lesson.sources.some((source) => source.ref === citation.ref && partLabel(source.part) === label)) ?? null;
}

/** "Mục II, điểm 4 (lan tỏa thông tin) — lời khuyên của khóa học" → "mục ii, điểm 4". */
function partLabel(part: string): string {
  return part
    .split(/\s[(—–-]\s?|\(/u)[0]
    .trim()
    .toLocaleLowerCase('vi');
}
