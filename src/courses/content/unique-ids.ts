import { ContentProblem } from './course-content';
import { YamlFile } from './yaml-file';

/** One problem per repeated `id` in the list at `listName`, on the line of the repeat. */
export function duplicateIdProblems(yaml: YamlFile, listName: string, items: readonly { id: string }[], noun: string): ContentProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: ContentProblem[] = [];
  items.forEach(({ id }, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else problems.push({ file: yaml.file, line: yaml.lineOf([listName, index, 'id']), message: `${noun} id "${id}" is already used on line ${yaml.lineOf([listName, first, 'id'])}` });
  });
  return problems;
}
