import { Alias, Document, ErrorCode, isMap, isScalar, isSeq, LineCounter, Node, parseDocument, visit, YAMLError } from 'yaml';
import { ContentProblem } from './course-content';

export type YamlPath = readonly (string | number)[];

/** The mistakes authors who are not programmers make most, in their words. */
const HINTS: Partial<Record<ErrorCode, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'put text that contains ": " in quotes',
  DUPLICATE_KEY: 'a field is written twice',
  TAB_AS_INDENT: 'indent with spaces',
};

/** A parsed YAML text that remembers where each node was written, so problems carry a line. */
export class YamlFile {
  public readonly data: unknown;
  public readonly problems: ContentProblem[];
  private readonly document: Document;
  private readonly lineCounter = new LineCounter();

  /** `firstLine` is the line of the file where `text` starts (front matter starts on line 2). */
  public constructor(
    public readonly file: string,
    text: string,
    private readonly firstLine = 1,
  ) {
    this.document = parseDocument(text, { lineCounter: this.lineCounter, prettyErrors: false });
    const problems = [...this.document.errors, ...this.document.warnings].map((error) => ({ file, line: this.lineAtOffset(error.pos[0]), message: syntaxMessage(error) }));
    this.data = this.toData(problems);
    // After the first syntax error the parser's guesses cascade into misleading ones: report only it.
    this.problems = problems.slice(0, 1);
  }

  /** Line of the node at `path`, or of its nearest written ancestor when the path is absent. */
  public lineOf(path: YamlPath, part: 'value' | 'key' = 'value'): number {
    let node: unknown = this.document.contents;
    let line = this.lineOfNode(node) ?? 1;
    for (const [index, segment] of path.entries()) {
      const child = childOf(node, segment);
      if (!child) break;
      const keyLine = this.lineOfNode(child.key);
      const valueLine = this.lineOfNode(child.value);
      const wantsKey = part === 'key' && index === path.length - 1;
      line = (wantsKey ? keyLine : valueLine) ?? keyLine ?? valueLine ?? line;
      node = child.value;
    }
    return line;
  }

  /** toJS() throws, instead of reporting, on an alias to an unknown anchor or too many aliases. */
  private toData(problems: ContentProblem[]): unknown {
    try {
      return this.document.toJS();
    } catch (error) {
      const line = this.lineOfNode(firstUnresolvedAlias(this.document)) ?? 1;
      problems.push({ file: this.file, line, message: `YAML syntax: ${(error as Error).message}` });
      return null;
    }
  }

  private lineOfNode(node: unknown): number | undefined {
    const range = (node as Node | null | undefined)?.range;
    return range ? this.lineAtOffset(range[0]) : undefined;
  }

  private lineAtOffset(offset: number): number {
    return this.lineCounter.linePos(offset).line + this.firstLine - 1;
  }
}

function childOf(node: unknown, segment: string | number): { key?: unknown; value: unknown } | undefined {
  if (isSeq(node)) {
    const item: unknown = node.items[Number(segment)];
    return item === undefined ? undefined : { value: item };
  }
  if (isMap(node)) {
    const pair = node.items.find((candidate) => isScalar(candidate.key) && String(candidate.key.value) === String(segment));
    return pair && { key: pair.key, value: pair.value };
  }
  return undefined;
}

function firstUnresolvedAlias(document: Document): Alias | undefined {
  let unresolved: Alias | undefined;
  visit(document, {
    Alias: (_key, alias) => {
      if (alias.resolve(document)) return undefined;
      unresolved = alias;
      return visit.BREAK;
    },
  });
  return unresolved;
}

function syntaxMessage(error: YAMLError): string {
  const hint = HINTS[error.code];
  return `YAML syntax: ${error.message}${hint ? ` (${hint})` : ''}`;
}
