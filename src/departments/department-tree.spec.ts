import { buildDepartmentTree, flattenDepartmentTree } from './department-tree';
import { Department } from './department.entity';

const unit = (id: number, name: string, parentId: number | null): Department => Object.assign(new Department(), { id, name, parentId, code: `U${id}` });

describe('buildDepartmentTree', () => {
  it('should nest units under their parents in Vietnamese order', () => {
    const tree = buildDepartmentTree([unit(1, 'UBND tỉnh', null), unit(3, 'Sở Nội vụ', 1), unit(2, 'Sở Công Thương', 1), unit(4, 'Phòng Đào tạo', 2)]);
    expect(flattenDepartmentTree(tree).map((node) => [node.department.name, node.depth])).toEqual([
      ['UBND tỉnh', 0],
      ['Sở Công Thương', 1],
      ['Phòng Đào tạo', 2],
      ['Sở Nội vụ', 1],
    ]);
  });

  it('should make the top of a partial subtree a root', () => {
    const tree = buildDepartmentTree([unit(2, 'Sở Công Thương', 1), unit(4, 'Phòng Đào tạo', 2)]);
    expect(tree).toHaveLength(1);
    expect(tree[0].children[0].department.name).toBe('Phòng Đào tạo');
  });
});
