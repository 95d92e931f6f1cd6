import { compareVietnamese } from '../common/vietnamese-order';
import { Department } from './department.entity';

export interface DepartmentNode {
  department: Department;
  depth: number;
  children: DepartmentNode[];
}

/**
 * Nests departments under their parents; a department whose parent is not in the list (the top
 * of a head's subtree) becomes a root. Siblings are sorted by name in Vietnamese order.
 */
export function buildDepartmentTree(departments: Department[]): DepartmentNode[] {
  const nodes = new Map(departments.map((department) => [department.id, { department, depth: 0, children: [] as DepartmentNode[] }]));
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.department.parentId === null ? undefined : nodes.get(node.department.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sortAndMeasure = (list: DepartmentNode[], depth: number): void => {
    list.sort((a, b) => compareVietnamese(a.department.name, b.department.name));
    for (const node of list) {
      node.depth = depth;
      sortAndMeasure(node.children, depth + 1);
    }
  };
  sortAndMeasure(roots, 0);
  return roots;
}

/** The tree as a flat list in display order, each node keeping its depth for indentation. */
export function flattenDepartmentTree(roots: DepartmentNode[]): DepartmentNode[] {
  return roots.flatMap((node) => [node, ...flattenDepartmentTree(node.children)]);
}
