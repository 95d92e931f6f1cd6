import { Citation, ContentProblem } from './course-content';
import { labelOf } from './schema-problems';
import { YamlFile } from './yaml-file';

/** A citation and where it is written: `path` leads to the mapping that holds `ref`. */
export interface CitationAt {
  citation: Citation;
  path: readonly string[];
}

/** Every cited `ref` must be one of the `sources` ids of course.yaml. */
export function unknownRefProblems(yaml: YamlFile, citations: readonly CitationAt[], sourceIds: readonly string[]): ContentProblem[] {
  const listed = [...new Set(sourceIds)].join(', ');
  return citations
    .filter(({ citation }) => !sourceIds.includes(citation.ref))
    .map(({ citation, path }) => {
      const refPath = [...path, 'ref'];
      const message = `${labelOf(refPath, yaml.data, 'ref')} "${citation.ref}" is not listed in course.yaml sources (${listed})`;
      return { file: yaml.file, line: yaml.lineOf(refPath), message };
    });
}
