import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateKeysDirectory, loadOrCreateSigningKeys, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE, readPublicKey } from './signing-keys';

describe('certificate signing keys', () => {
  let root: string;
  let directory: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cert-keys-'));
    directory = join(root, 'data', 'keys');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const mode = (path: string): number => statSync(path).mode & 0o777;

  it('should create an Ed25519 pair with private files and reload the same pair', () => {
    const created = loadOrCreateSigningKeys(directory);
    expect(created.privateKey.asymmetricKeyType).toBe('ed25519');
    expect(mode(directory)).toBe(0o700);
    expect(mode(join(directory, PRIVATE_KEY_FILE))).toBe(0o600);
    expect(mode(join(directory, PUBLIC_KEY_FILE))).toBe(0o644);
    expect(created.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);

    const reloaded = loadOrCreateSigningKeys(directory);
    expect(reloaded.publicKeyPem).toBe(created.publicKeyPem);
    expect(reloaded.privateKey.equals(created.privateKey)).toBe(true);
    expect(readPublicKey(join(directory, PUBLIC_KEY_FILE)).equals(created.publicKey)).toBe(true);
  });

  it('should refuse a private key readable by group or others', () => {
    loadOrCreateSigningKeys(directory);
    chmodSync(join(directory, PRIVATE_KEY_FILE), 0o644);
    expect(() => loadOrCreateSigningKeys(directory)).toThrow(/readable by other users \(mode 644\).*chmod 600/);
    chmodSync(join(directory, PRIVATE_KEY_FILE), 0o640);
    expect(() => loadOrCreateSigningKeys(directory)).toThrow(/readable by other users/);
  });

  it('should refuse a key that is not Ed25519', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    loadOrCreateSigningKeys(directory);
    writeFileSync(join(directory, PRIVATE_KEY_FILE), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    expect(() => loadOrCreateSigningKeys(directory)).toThrow(/holds a ec key; certificates are signed with Ed25519 only/);
    const publicPath = join(root, 'ec.pub.pem');
    writeFileSync(publicPath, publicKey.export({ type: 'spki', format: 'pem' }));
    expect(() => readPublicKey(publicPath)).toThrow(/Ed25519 only/);
  });

  it('should refuse a public key file that belongs to another private key', () => {
    loadOrCreateSigningKeys(directory);
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' });
    writeFileSync(join(directory, PUBLIC_KEY_FILE), other);
    expect(() => loadOrCreateSigningKeys(directory)).toThrow(/does not belong to the private key/);
  });

  it('should find the keys under CERTIFICATE_KEYS_DIR, else under DATA_DIR/keys', () => {
    expect(certificateKeysDirectory({ CERTIFICATE_KEYS_DIR: '/srv/keys', DATA_DIR: '/srv/data' })).toBe('/srv/keys');
    expect(certificateKeysDirectory({ DATA_DIR: '/srv/data' })).toBe('/srv/data/keys');
    expect(certificateKeysDirectory({})).toBe(join(process.cwd(), 'data', 'keys'));
  });
});
