import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the token endpoint returns next: a valid ID token, an expired one, or one with a broken signature. */
  setMode(mode: 'normal' | 'expired' | 'tampered'): Promise<void>;
  close(): Promise<void>;
}

export interface TestAccount {
  name: string;
  employee_code?: string;
  email?: string;
  department_code?: string;
}

/** Starts oidc-provider (test/peers/oidc-test-provider.mjs) on a loopback port for a portal at `portalUrl`. */
export async function startTestProvider(portalUrl: string, accounts: Record<string, TestAccount>): Promise<TestProvider> {
  const client = { client_id: 'attt-portal', client_secret: 'test-client-secret-0123456789', redirect_uri: `${portalUrl}/auth/oidc/callback`, post_logout_redirect_uri: `${portalUrl}/login` };
  const child = spawn(process.execPath, [join(__dirname, '..', 'peers', 'oidc-test-provider.mjs')], {
    env: { ...process.env, OIDC_TEST_CLIENT: JSON.stringify(client), OIDC_TEST_ACCOUNTS: JSON.stringify(accounts), NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const issuer = await readyLine(child);
  return {
    issuer,
    clientId: client.client_id,
    clientSecret: client.client_secret,
    setMode: async (mode) => {
      const response = await fetch(`${issuer}/__test/mode/${mode}`);
      if (!response.ok) throw new Error(`The test provider refused mode ${mode}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function readyLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`The test OIDC provider did not start: ${errors}`)), 15_000);
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`The test OIDC provider exited with ${code}: ${errors}`)));
  });
}

/** A browser's cookies at the provider, without path rules: enough for one test provider. */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  /** Follows the portal's redirect to the provider, fills its login form and returns where the provider sends the browser back. */
  public async signIn(authorizationUrl: string, login: string, password = 'any-password'): Promise<string> {
    const interaction = await this.expectRedirect(await this.request(authorizationUrl));
    const form = await this.request(interaction);
    if (form.status !== 200) throw new Error(`The provider's login page answered ${form.status}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(await form.text())![1];
    const submitted = await this.request(new URL(action, interaction).href, new URLSearchParams({ prompt: 'login', login, password }));
    const resume = await this.expectRedirect(submitted);
    return this.expectRedirect(await this.request(resume));
  }

  /** Opens the provider's end-session page and confirms, as a person would; returns where it sends the browser. */
  public async confirmSignOut(endSessionUrl: string): Promise<string> {
    const page = await this.request(endSessionUrl);
    const html = await page.text();
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(html)![1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1];
    return this.expectRedirect(await this.request(new URL(action, endSessionUrl).href, new URLSearchParams({ xsrf, logout: 'yes' })));
  }

  private async request(url: string, body?: URLSearchParams): Promise<Response> {
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      body,
      redirect: 'manual',
      headers: { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    return response;
  }

  private async expectRedirect(response: Response): Promise<string> {
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) throw new Error(`Expected a redirect from the provider, got ${response.status}: ${(await response.text()).slice(0, 300)}`);
    return new URL(location, response.url).href;
  }
}
