import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PRIVATE_KEY_FILE = 'certificate-signing-key.pem';
export const PUBLIC_KEY_FILE = 'certificate-signing-key.pub.pem';

export interface SigningKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
}

/** CERTIFICATE_KEYS_DIR, else `<DATA_DIR>/keys` (DATA_DIR defaults to `data`). */
export function certificateKeysDirectory(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CERTIFICATE_KEYS_DIR ?? join(env.DATA_DIR ?? 'data', 'keys'));
}

/**
 * The Ed25519 pair in `directory`, created there on first use. The keys live in files, never in
 * the database, so a database dump or backup cannot be used to forge certificates.
 */
export function loadOrCreateSigningKeys(directory: string): SigningKeys {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const privatePath = join(directory, PRIVATE_KEY_FILE);
  if (!existsSync(privatePath)) createPrivateKeyFile(privatePath);
  const privateKey = readPrivateKey(privatePath);
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  ensurePublicKeyFile(join(directory, PUBLIC_KEY_FILE), publicKeyPem);
  return { privateKey, publicKey, publicKeyPem };
}

/** A public key PEM file, refused unless it is Ed25519. */
export function readPublicKey(path: string): KeyObject {
  const key = createPublicKey(readFileSync(path));
  assertEd25519(key, path);
  return key;
}

// Written to a private temporary file and linked into place: a concurrent starter either wins
// the link or finds a complete key, never a half-written one.
function createPrivateKeyFile(privatePath: string): void {
  const { privateKey } = generateKeyPairSync('ed25519');
  const temporary = `${privatePath}.${process.pid}.tmp`;
  writeFileSync(temporary, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, privatePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
}

function readPrivateKey(privatePath: string): KeyObject {
  const mode = statSync(privatePath).mode;
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new Error(`The certificate signing key ${privatePath} is readable by other users (mode ${(mode & 0o777).toString(8)}); ` + `run: chmod 600 ${privatePath}`);
  }
  const key = createPrivateKey(readFileSync(privatePath));
  assertEd25519(key, privatePath);
  return key;
}

function ensurePublicKeyFile(publicPath: string, publicKeyPem: string): void {
  if (existsSync(publicPath)) {
    if (readFileSync(publicPath, 'utf8').trim() !== publicKeyPem.trim()) {
      throw new Error(`${publicPath} does not belong to the private key beside it; remove it to have it written again`);
    }
    return;
  }
  const temporary = `${publicPath}.${process.pid}.tmp`;
  writeFileSync(temporary, publicKeyPem);
  chmodSync(temporary, 0o644);
  renameSync(temporary, publicPath);
}

function assertEd25519(key: KeyObject, path: string): void {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${path} holds a ${key.asymmetricKeyType ?? 'non-asymmetric'} key; certificates are signed with Ed25519 only`);
  }
}
