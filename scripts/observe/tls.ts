/** The self-signed certificate the servers use for AUTH TLS, made once with openssl and kept in the cache. */
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { CERT_DIR } from './paths.ts';
import { runChecked } from './exec.ts';

/** Returns a PEM file holding the key and the certificate, making it when missing. */
export function ensureCertificate(): string {
  const pem = join(CERT_DIR, 'observe.pem');
  if (existsSync(pem)) return pem;
  mkdirSync(CERT_DIR, { recursive: true });
  const key = join(CERT_DIR, 'key.pem');
  const cert = join(CERT_DIR, 'cert.pem');
  runChecked('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    key,
    '-out',
    cert,
    '-days',
    '3650',
    '-subj',
    '/CN=127.0.0.1',
  ]);
  writeFileSync(pem, readFileSync(key, 'utf8') + readFileSync(cert, 'utf8'));
  chmodSync(pem, 0o600);
  return pem;
}
