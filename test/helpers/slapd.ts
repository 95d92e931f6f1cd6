import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IN_CI } from './environment';

const SLAPD = process.env.SLAPD_PATH ?? '/usr/sbin/slapd';
const SLAPADD = '/usr/sbin/slapadd';

const available = existsSync(SLAPD) && existsSync(SLAPADD);
if (!available) {
  const message = `OpenLDAP slapd is not installed at ${SLAPD} (apt-get install -y slapd ldap-utils).`;
  if (IN_CI) throw new Error(`${message} CI=true requires it.`);
  process.stderr.write(`\n*** ${message} LDAP tests are SKIPPED. ***\n\n`);
}

/** describe() when Debian's slapd is there; a loud skip outside CI when it is not. */
export const describeWithSlapd = available ? describe : describe.skip;

export const LDAP_SUFFIX = 'dc=example,dc=gov,dc=vn';
export const LDAP_SERVICE = { dn: `cn=attt-portal,ou=services,${LDAP_SUFFIX}`, password: 'service-Secret-2026' };

export interface TestDirectory {
  url: string;
  close(): Promise<void>;
}

export interface DirectoryPerson {
  uid: string;
  password: string;
  employeeNumber?: string;
  mail?: string;
}

/** A throw-away slapd (mdb database under a temp directory) on a loopback port, with the given people. */
export async function startTestDirectory(people: DirectoryPerson[]): Promise<TestDirectory> {
  const dir = mkdtempSync(join(tmpdir(), 'attt-slapd-'));
  mkdirSync(join(dir, 'db'));
  const conf = join(dir, 'slapd.conf');
  writeFileSync(conf, slapdConf(dir));
  writeFileSync(join(dir, 'entries.ldif'), entries(people));
  execFileSync(SLAPADD, ['-f', conf, '-l', join(dir, 'entries.ldif')], { stdio: 'pipe' });
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const url = `ldap://127.0.0.1:${port}`;
  // -d 0 keeps slapd in the foreground, so it ends with the test run.
  const child: ChildProcess = spawn(SLAPD, ['-h', `${url}/`, '-f', conf, '-d', '0'], { stdio: 'ignore' });
  await waitForPort(port);
  return {
    url,
    close: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function slapdConf(dir: string): string {
  return [
    'include /etc/ldap/schema/core.schema',
    'include /etc/ldap/schema/cosine.schema',
    'include /etc/ldap/schema/inetorgperson.schema',
    'modulepath /usr/lib/ldap',
    'moduleload back_mdb',
    `pidfile ${join(dir, 'slapd.pid')}`,
    'access to attrs=userPassword by anonymous auth by self read by * none',
    `access to * by dn.exact="${LDAP_SERVICE.dn}" read by self read by * none`,
    'database mdb',
    `suffix "${LDAP_SUFFIX}"`,
    `rootdn "cn=admin,${LDAP_SUFFIX}"`,
    `directory ${join(dir, 'db')}`,
    'maxsize 10485760',
    '',
  ].join('\n');
}

function entries(people: DirectoryPerson[]): string {
  const blocks = [
    `dn: ${LDAP_SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\ndc: example\no: UBND tinh\n`,
    `dn: ou=people,${LDAP_SUFFIX}\nobjectClass: organizationalUnit\nou: people\n`,
    `dn: ou=services,${LDAP_SUFFIX}\nobjectClass: organizationalUnit\nou: services\n`,
    `dn: ${LDAP_SERVICE.dn}\nobjectClass: person\ncn: attt-portal\nsn: portal\nuserPassword: ${LDAP_SERVICE.password}\n`,
    ...people.map(
      (person) =>
        `dn: uid=${person.uid},ou=people,${LDAP_SUFFIX}\nobjectClass: inetOrgPerson\nuid: ${person.uid}\ncn: ${person.uid}\nsn: ${person.uid}\nuserPassword: ${person.password}\n` +
        (person.employeeNumber ? `employeeNumber: ${person.employeeNumber}\n` : '') +
        (person.mail ? `mail: ${person.mail}\n` : ''),
    ),
  ];
  return blocks.join('\n');
}

async function waitForPort(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`slapd did not start listening on port ${port}`);
}
