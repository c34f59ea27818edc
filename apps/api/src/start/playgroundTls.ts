import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import type { PlaygroundOptions } from './playgroundOptions.ts';
import { PlaygroundStartError, type ServerTls } from './serverListen.ts';

const pemCertificate = /-----BEGIN CERTIFICATE-----/;
const pemPrivateKey = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/** OpenSSL's own words, kept after ours for whoever needs them. */
function playgroundTlsCause(error: unknown): string {
  return error instanceof Error ? ` (${error.message})` : '';
}

function playgroundTlsRead(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    const why = code === 'ENOENT' ? 'there is no such file' : `${(error as Error).message}`;
    throw new PlaygroundStartError(`Cannot read the TLS ${what} ${file}: ${why}.`);
  }
}

function playgroundTlsCertificate(file: string, pem: Buffer): X509Certificate {
  const text = pem.toString('latin1');
  if (!pemCertificate.test(text)) {
    const swapped = pemPrivateKey.test(text)
      ? ' It holds a private key: are --tls-cert and --tls-key swapped?'
      : '';
    throw new PlaygroundStartError(
      `The TLS certificate ${file} is not a PEM certificate: it has no "-----BEGIN CERTIFICATE-----" line.${swapped}`,
    );
  }
  try {
    return new X509Certificate(pem);
  } catch (error) {
    throw new PlaygroundStartError(
      `The TLS certificate ${file} is not a valid certificate: its PEM block does not decode${playgroundTlsCause(error)}.`,
    );
  }
}

function playgroundTlsKey(file: string, pem: Buffer): KeyObject {
  const text = pem.toString('latin1');
  if (!pemPrivateKey.test(text)) {
    const swapped = pemCertificate.test(text)
      ? ' It holds a certificate: are --tls-cert and --tls-key swapped?'
      : '';
    throw new PlaygroundStartError(
      `The TLS key ${file} is not a PEM private key: it has no "-----BEGIN … PRIVATE KEY-----" line.${swapped}`,
    );
  }
  // PKCS#8 says so in its first line, the older format in a header; OpenSSL only says "cancelled".
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(text)) {
    throw new PlaygroundStartError(
      `The TLS key ${file} is encrypted with a passphrase, which the playground cannot ask for: ` +
        `write a copy without one (openssl pkey -in ${file} -out key.pem) and give that.`,
    );
  }
  try {
    return createPrivateKey(pem);
  } catch (error) {
    throw new PlaygroundStartError(
      `The TLS key ${file} is not a valid private key: its PEM block does not decode${playgroundTlsCause(error)}.`,
    );
  }
}

/**
 * The certificate and key to serve over https, read and checked once at start. Every way they can be
 * wrong (missing, not PEM, swapped, encrypted, not a pair) stops the start with a message that names
 * the file and what is wrong with it, rather than a bare OpenSSL error. None without `--tls-cert`.
 */
export function playgroundTls(options: Pick<PlaygroundOptions, 'tlsCert' | 'tlsKey'>): ServerTls | undefined {
  const { tlsCert: certFile, tlsKey: keyFile } = options;
  // playgroundOptionsParse lets through both non-empty or neither.
  if (!certFile || !keyFile) return undefined;
  const cert = playgroundTlsRead(certFile, 'certificate');
  const key = playgroundTlsRead(keyFile, 'key');
  const certificate = playgroundTlsCertificate(certFile, cert);
  const privateKey = playgroundTlsKey(keyFile, key);
  if (!certificate.checkPrivateKey(privateKey)) {
    throw new PlaygroundStartError(
      `The TLS key ${keyFile} does not belong to the certificate ${certFile}: give the key the ` +
        'certificate was made with.',
    );
  }
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    throw new PlaygroundStartError(
      `The TLS certificate ${certFile} and key ${keyFile} cannot serve https${playgroundTlsCause(error)}.`,
    );
  }
  return { cert, key };
}
