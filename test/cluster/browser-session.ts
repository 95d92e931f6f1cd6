import { DEMO_PASSWORD } from '../../src/demo/demo-organisation';
import { csrfTokenFrom } from '../helpers/test-app';

export interface Page {
  status: number;
  location: string | null;
  html: string;
}

/**
 * A browser's cookies, sent to whichever instance the test names: cookies belong to a host, not
 * a port, so a browser behind a load balancer does exactly this.
 */
export class BrowserSession {
  private readonly cookies = new Map<string, string>();
  /** The CSRF token of the last form seen. */
  private token = '';

  public static async signIn(baseUrl: string, username: string): Promise<BrowserSession> {
    const session = new BrowserSession();
    await session.get(baseUrl, '/login');
    const response = await session.post(baseUrl, '/login', { username, password: DEMO_PASSWORD });
    if (response.status !== 303 && response.status !== 302) throw new Error(`Sign-in of ${username} answered ${response.status}`);
    return session;
  }

  public async get(baseUrl: string, path: string): Promise<Page> {
    return this.send(baseUrl, path, { method: 'GET' });
  }

  /** Posts a form with the token of the last form seen. */
  public async post(baseUrl: string, path: string, fields: Record<string, string>): Promise<Page> {
    return this.send(baseUrl, path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...fields, _csrf: this.token }).toString() });
  }

  /** Uploads a staff file through the import form; returns the preview's path (its form's token is kept). */
  public async upload(baseUrl: string, csv: string): Promise<string> {
    await this.get(baseUrl, '/people/import');
    const form = new FormData();
    form.append('_csrf', this.token);
    form.append('kind', 'staff');
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'danh-sach.csv');
    const uploaded = await this.send(baseUrl, '/people/import', { method: 'POST', body: form });
    if (uploaded.status !== 303 || !uploaded.location) throw new Error(`Upload answered ${uploaded.status}`);
    const preview = await this.get(baseUrl, uploaded.location);
    if (preview.status !== 200) throw new Error(`Preview answered ${preview.status}`);
    return uploaded.location;
  }

  private async send(baseUrl: string, path: string, init: RequestInit): Promise<Page> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${baseUrl}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), cookie }, redirect: 'manual' });
    for (const setCookie of response.headers.getSetCookie()) {
      const [name, ...value] = setCookie.split(';')[0].split('=');
      this.cookies.set(name, value.join('='));
    }
    const html = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.test(html) ? csrfTokenFrom(html) : null;
    if (token) this.token = token;
    return { status: response.status, location: response.headers.get('location'), html };
  }
}
