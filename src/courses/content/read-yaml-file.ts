import { existsSync, readFileSync } from 'node:fs';
import { ValidateFunction } from 'ajv';
import { fileProblem } from './content-problem';
import { ContentProblem } from './course-content';
import { checkSchema } from './schema-problems';
import { textFileProblems, toNfc } from './text-checks';
import { YamlFile } from './yaml-file';

export interface ReadYamlFile<T> {
  /** Present when the file parsed and matched its schema; strings are NFC. */
  value?: T;
  yaml?: YamlFile;
  problems: ContentProblem[];
}

/** Reads, parses and schema-checks a course YAML file; `rootName` names the file in messages. */
export function readYamlFile<T>(file: string, validate: ValidateFunction<T>, rootName: string): ReadYamlFile<T> {
  if (!existsSync(file)) return { problems: [fileProblem(file, 'file not found (the course format is in courses/README.md)')] };
  const text = readFileSync(file, 'utf8');
  const yaml = new YamlFile(file, text);
  // Schema errors about a document that did not parse would only repeat the syntax error.
  const schema = yaml.problems.length ? { problems: [] } : checkSchema(yaml, validate, rootName);
  return { value: schema.value && toNfc(schema.value), yaml, problems: [...textFileProblems(file, text), ...yaml.problems, ...schema.problems] };
}
