import MarkdownIt from 'markdown-it';
import { ContentProblem } from './course-content';

// html: true only to find the tags; lessons are rendered with html: false, which shows them as text.
const markdownWithHtml = new MarkdownIt({ html: true });

/** Encoding problems of a text file read as UTF-8: only the first line of each kind is reported. */
export function textFileProblems(file: string, text: string): ContentProblem[] {
  const lines = text.split('\n');
  // Files saved in a legacy Vietnamese code page (Windows-1258, TCVN3) decode to U+FFFD.
  const notUtf8 = lines.findIndex((line) => line.includes('\uFFFD'));
  if (notUtf8 >= 0) return [{ file, line: notUtf8 + 1, message: 'text is not valid UTF-8 from this line on: save the file as UTF-8' }];
  // Editors on macOS may save decomposed (NFD) Vietnamese, which breaks search and comparison.
  const notNfc = lines.findIndex((line) => line !== line.normalize('NFC'));
  return notNfc < 0 ? [] : [{ file, line: notNfc + 1, message: 'text is not in Unicode NFC (composed) form from this line on: convert the file to NFC' }];
}

/** Raw HTML and top-level headings in a lesson body; `firstLine` is the line of the file where the body starts. */
export function markdownProblems(file: string, body: string, firstLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line: firstLine + line, message });
  for (const token of markdownWithHtml.parse(body, {})) {
    if (!token.map) continue;
    if (token.type === 'heading_open' && token.tag === 'h1') report(token.map[0], 'use "##" or lower for headings: the lesson title is already the page heading');
    if (token.type === 'html_block') report(token.map[0], rawHtmlMessage(token.content));
    let line = token.map[0];
    for (const child of token.type === 'inline' ? (token.children ?? []) : []) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') line += 1;
      if (child.type === 'html_inline') report(line, rawHtmlMessage(child.content));
    }
  }
  return problems;
}

function rawHtmlMessage(html: string): string {
  return `raw HTML is not allowed in lessons (it is shown as plain text): ${excerpt(html)}`;
}

function excerpt(html: string): string {
  const firstLine = html.trim().split('\n')[0];
  return firstLine.length > 60 ? `${firstLine.slice(0, 57)}...` : firstLine;
}

/** A copy of parsed YAML with every string in NFC, so stored text compares and searches reliably. */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(toNfc) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.normalize('NFC'), toNfc(item)])) as T;
  return value;
}
