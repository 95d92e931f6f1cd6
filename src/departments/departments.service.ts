import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Like, Repository } from 'typeorm';
import { DepartmentScope, departmentScope, scopeIncludesDepartment } from '../access/access-scope';
import { SignedInUser } from '../access/signed-in-user';
import { DEPARTMENT_STAFF, DepartmentStaff, StaffListEntry } from '../common/department-staff';
import { Department } from './department.entity';
import { buildDepartmentTree, DepartmentNode, flattenDepartmentTree } from './department-tree';

export interface DepartmentOverview {
  code: string;
  name: string;
  depth: number;
  staffCount: number;
}

export interface NewDepartment {
  code: string;
  name: string;
  parentCode?: string | null;
}

@Injectable()
export class DepartmentsService {
  public constructor(
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @Inject(DEPARTMENT_STAFF) private readonly staff: DepartmentStaff,
  ) {}

  /** Creates a department under its parent; the path needs the new id, hence two writes in one transaction. */
  public async create(input: NewDepartment, manager: EntityManager = this.departments.manager): Promise<Department> {
    const repository = manager.getRepository(Department);
    const parent = input.parentCode ? await repository.findOneByOrFail({ code: input.parentCode }) : null;
    const department = await repository.save(repository.create({ code: input.code, name: input.name.normalize('NFC'), parentId: parent?.id ?? null, path: '/' }));
    department.path = `${parent?.path ?? '/'}${department.id}/`;
    return repository.save(department);
  }

  /** Renames or moves a department; call `rewritePaths` once the moves are done. */
  public async update(id: number, changes: { name: string; parentId: number | null }, manager: EntityManager = this.departments.manager): Promise<void> {
    await manager.update(Department, { id }, { ...changes, updatedAt: new Date() });
  }

  /** Recomputes every path from the parent links and saves the ones that differ; returns their ids. */
  public async rewritePaths(manager: EntityManager = this.departments.manager): Promise<number[]> {
    const all = await manager.find(Department, { select: { id: true, parentId: true, path: true } });
    const byId = new Map(all.map((unit) => [unit.id, unit]));
    const paths = new Map<number, string>();
    const pathOf = (unit: Department): string => {
      let path = paths.get(unit.id);
      if (path === undefined) {
        const parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
        path = `${parent ? pathOf(parent) : '/'}${unit.id}/`;
        paths.set(unit.id, path);
      }
      return path;
    };
    const moved = all.filter((unit) => pathOf(unit) !== unit.path);
    for (const unit of moved) await manager.update(Department, { id: unit.id }, { path: pathOf(unit) });
    return moved.map((unit) => unit.id);
  }

  /** All departments the person may see, as a tree sorted in Vietnamese order. */
  public async treeVisibleTo(user: SignedInUser): Promise<DepartmentNode[]> {
    return buildDepartmentTree(await this.findInScope(departmentScope(user)));
  }

  /** The departments in scope in display order, each with its number of staff. */
  public async overviewFor(user: SignedInUser): Promise<DepartmentOverview[]> {
    const nodes = flattenDepartmentTree(await this.treeVisibleTo(user));
    const counts = await this.staff.countByDepartment(nodes.map((node) => node.department.id));
    return nodes.map((node) => ({
      code: node.department.code,
      name: node.department.name,
      depth: node.depth,
      staffCount: counts.get(node.department.id) ?? 0,
    }));
  }

  /** Departments in display order (parents before children, siblings in Vietnamese order). */
  public orderAsTree(departments: Department[]): Department[] {
    return flattenDepartmentTree(buildDepartmentTree(departments)).map((node) => node.department);
  }

  /** A department by code, or 404 when it does not exist or lies outside the person's scope. */
  public async findVisibleByCode(user: SignedInUser, code: string): Promise<Department> {
    const department = await this.departments.findOne({ where: { code }, relations: { parent: true } });
    if (!department || !scopeIncludesDepartment(departmentScope(user), department.path)) {
      throw new NotFoundException('Không tìm thấy đơn vị.');
    }
    return department;
  }

  /** The department page: the unit (in the person's scope, else 404), its direct sub-units and its people. */
  public async pageFor(user: SignedInUser, code: string): Promise<{ department: Department; subDepartments: Department[]; staff: StaffListEntry[] }> {
    const department = await this.findVisibleByCode(user, code);
    const subtree = await this.findSubtree(department);
    return { department, subDepartments: subtree.filter((unit) => unit.parentId === department.id), staff: await this.staff.listForDepartment(department.id) };
  }

  /** The departments with these codes (unknown codes are simply absent). */
  public async findByCodes(codes: string[]): Promise<Department[]> {
    return codes.length ? this.departments.findBy({ code: In(codes) }) : [];
  }

  /** The departments with these ids. */
  public async findByIds(ids: number[]): Promise<Department[]> {
    return ids.length ? this.departments.findBy({ id: In(ids) }) : [];
  }

  public async findSubtree(department: Department): Promise<Department[]> {
    return this.departments.find({ where: { path: Like(`${department.path}%`) }, order: { path: 'ASC' } });
  }

  private async findInScope(scope: DepartmentScope): Promise<Department[]> {
    if (scope.kind === 'all') return this.departments.find();
    if (scope.kind === 'subtree') return this.departments.find({ where: { path: Like(`${scope.pathPrefix}%`) } });
    return [];
  }
}
