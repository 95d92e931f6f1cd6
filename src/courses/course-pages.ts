import { SignedInUser } from '../access/signed-in-user';

/** Provided by the learning module, above courses/, attempts/ and compliance/: a page joins all three. */
export const COURSE_PAGES = Symbol('CoursePages');

/** The view models of the course pages: the course with the person's progress, attempts and assignment. */
export interface CoursePages {
  courseList(user: SignedInUser): Promise<object>;
  coursePage(user: SignedInUser, code: string): Promise<object>;
  lessonPage(user: SignedInUser, code: string, position: number): Promise<object>;
}
