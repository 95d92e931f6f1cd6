import { ErrorObject, ValidateFunction } from 'ajv';
import { ContentProblem } from './course-content';
import { YamlFile } from './yaml-file';

/** What the entries of a list are called in messages ("correct must list at least one option"). */
const ENTRY_NOUNS: Record<string, string> = { correct: 'option', options: 'option', sources: 'source', questions: 'question', lessons: 'lesson' };

const TYPE_NAMES: Record<string, string> = { string: 'text', integer: 'a whole number', number: 'a number', array: 'a list', object: 'a mapping of fields', boolean: 'true or false' };

type Describe = (error: ErrorObject, label: string) => string;

const DESCRIBERS: Record<string, Describe> = {
  required: (error, label) => `${label} is missing required field "${param(error, 'missingProperty')}"`,
  additionalProperties: (error, label) =>
    `${label} has unknown field "${param(error, 'additionalProperty')}" (allowed: ${Object.keys((error.parentSchema?.properties as object | undefined) ?? {}).join(', ')})`,
  type: (error, label) => `${label} must be ${TYPE_NAMES[param(error, 'type')]}, found ${describeValue(error.data)}`,
  minimum: (error, label) => `${label} must be at least ${param(error, 'limit')}, found ${String(error.data)}`,
  maximum: (error, label) => `${label} must be at most ${param(error, 'limit')}, found ${String(error.data)}`,
  maxLength: (error, label) => `${label} must be at most ${param(error, 'limit')} characters long, found ${String(error.data).length}`,
  pattern: describePattern,
  enum: (error, label) => `${label} must be one of ${(error.params.allowedValues as unknown[]).join(', ')}, found "${String(error.data)}"`,
  minItems: (error, label) => `${label} must list at least ${entries(Number(error.params.limit), label)}`,
  minProperties: (error, label) => `${label} must list at least ${entries(Number(error.params.limit), label)}`,
  uniqueItems: (error, label) => `${label} lists "${String((error.data as unknown[])[Number(error.params.i)])}" more than once`,
};

/** Validates `yaml.data` against a schema; problems name the field in words and point at its line. */
export function checkSchema<T>(yaml: YamlFile, validate: ValidateFunction<T>, rootName: string): { value?: T; problems: ContentProblem[] } {
  if (validate(yaml.data)) return { value: yaml.data, problems: [] };
  // propertyNames also reports the inner pattern error, which names the key: that one is enough.
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'propertyNames');
  return { problems: errors.map((error) => schemaProblem(yaml, error, rootName)) };
}

function schemaProblem(yaml: YamlFile, error: ErrorObject, rootName: string): ContentProblem {
  const path = pathOf(error.instancePath);
  const label = labelOf(path, yaml.data, rootName);
  const describe = DESCRIBERS[error.keyword] ?? ((other: ErrorObject) => `${label} ${other.message}`);
  return { file: yaml.file, line: lineOfError(yaml, path, error), message: describe(error, label) };
}

function lineOfError(yaml: YamlFile, path: string[], error: ErrorObject): number {
  // A mapping missing a field is best shown at its key ("source:"), a list item at its first line.
  if (error.keyword === 'required') return yaml.lineOf(path, 'key');
  if (error.keyword === 'additionalProperties') return yaml.lineOf([...path, param(error, 'additionalProperty')], 'key');
  if (error.propertyName !== undefined) return yaml.lineOf([...path, error.propertyName], 'key');
  if (error.keyword === 'uniqueItems') return yaml.lineOf([...path, Math.max(Number(error.params.i), Number(error.params.j))]);
  return yaml.lineOf(path);
}

function describePattern(error: ErrorObject, label: string): string {
  const rule = String(error.parentSchema?.description ?? `must match ${param(error, 'pattern')}`);
  if (error.propertyName !== undefined) return `${label} has an invalid key "${error.propertyName}": it ${rule}`;
  return String(error.data).trim() === '' ? `${label} ${rule}` : `${label} ${rule}, found "${String(error.data)}"`;
}

/** JSON pointer ("/questions/3/correct") to YAML path segments. */
function pathOf(instancePath: string): string[] {
  return instancePath === ''
    ? []
    : instancePath
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `question "q04": source.ref`: list items with an `id` are named by it, others by their index. */
export function labelOf(path: readonly string[], data: unknown, rootName: string): string {
  let subject = '';
  let field = '';
  let node = data;
  for (const [index, segment] of path.entries()) {
    const parent = node;
    node = (parent as Record<string, unknown> | null | undefined)?.[segment];
    const id = (node as { id?: unknown } | null | undefined)?.id;
    if (!Array.isArray(parent)) field += field ? `.${segment}` : segment;
    else if (typeof id === 'string') [subject, field] = [`${singular(path[index - 1])} "${id}"`, ''];
    else field += `[${segment}]`;
  }
  if (subject) return field ? `${subject}: ${field}` : subject;
  return field || rootName;
}

function singular(listName: string): string {
  return ENTRY_NOUNS[listName] ?? listName;
}

/** Ajv types an error's params as `any`; the describers read them as text. */
function param(error: ErrorObject, name: string): string {
  return String((error.params as Record<string, unknown>)[name]);
}

function entries(limit: number, label: string): string {
  const noun = ENTRY_NOUNS[label.split(/[.: ]/).pop() ?? ''] ?? 'entry';
  return limit === 1 ? `one ${noun}` : `${limit} ${noun === 'entry' ? 'entries' : `${noun}s`}`;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text "${value}"`;
  if (typeof value === 'object') return 'a mapping of fields';
  if (typeof value === 'boolean') return String(value);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a number here: every other kind was returned above
  return `the number ${String(value)}`;
}
