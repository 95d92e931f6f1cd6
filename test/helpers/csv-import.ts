import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { Department } from '../../src/departments/department.entity';
import { User } from '../../src/users/user.entity';
import { csrfTokenFrom } from './test-app';

/** Uploads a file through the import form (token in the form's `_csrf` field, as the page does); returns the 303 or the refused form. */
export async function uploadCsv(agent: TestAgent, kind: string, content: string | Buffer, fileName = 'danh-sach.csv'): Promise<request.Response> {
  const form = await agent.get('/people/import');
  if (form.status !== 200) throw new Error(`GET /people/import answered ${form.status} ${form.headers.location ?? ''}`);
  const token = csrfTokenFrom(form.text);
  return agent.post('/people/import').field('_csrf', token).field('kind', kind).attach('file', Buffer.from(content), fileName);
}

/** Uploads and opens the preview; returns its path and page. */
export async function previewCsv(agent: TestAgent, kind: string, content: string | Buffer, fileName?: string): Promise<{ path: string; page: request.Response }> {
  const uploaded = await uploadCsv(agent, kind, content, fileName);
  if (uploaded.status !== 303) throw new Error(`Upload refused with ${uploaded.status}`);
  const path = uploaded.headers.location;
  return { path, page: await agent.get(path).expect(200) };
}

/** Confirms an upload with the preview page's form. */
export function confirmImport(agent: TestAgent, path: string, preview: request.Response): request.Test {
  return agent
    .post(`${path}/apply`)
    .type('form')
    .send({ _csrf: csrfTokenFrom(preview.text) });
}

/** The `line N: …` items of a preview page, as the person reads them. */
export function problemsIn(html: string): string[] {
  return [...html.matchAll(/<li><code>(.*?)<\/code><\/li>/g)].map((match) => unescapeHtml(match[1]));
}

/** The one-time passwords of a result page, by employee code. */
export function passwordsIn(html: string): Map<string, string> {
  const rows = [...html.matchAll(/<tr><td><code>([^<]+)<\/code><\/td>.*?<code class="one-time-password">([^<]+)<\/code>/g)];
  return new Map(rows.map((match) => [match[1], match[2]]));
}

export function unescapeHtml(text: string): string {
  const entities: Record<string, string> = { '&quot;': '"', '&#x27;': "'", '&#x60;': '`', '&#x3D;': '=', '&lt;': '<', '&gt;': '>', '&amp;': '&' };
  return text.replace(/&(?:quot|#x27|#x60|#x3D|lt|gt|amp);/g, (entity) => entities[entity]);
}

/** Every person and department as stored, to prove that a refused import wrote nothing. */
export async function organisationState(dataSource: DataSource): Promise<string> {
  const people = await dataSource.getRepository(User).find({ order: { id: 'ASC' } });
  const units = await dataSource.getRepository(Department).find({ order: { id: 'ASC' } });
  return JSON.stringify({ people, units });
}
