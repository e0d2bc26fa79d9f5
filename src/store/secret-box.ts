/**
 * Secrets at rest (the bot tokens of installed workspaces): AES-256-GCM from node:crypto with a 32-byte key,
 * a fresh 12-byte IV per value, and the 16-byte tag that makes a wrong key or a changed byte fail to open.
 * A sealed value is text, `v1.<iv>.<tag>.<ciphertext>` in base64url, so both backends store it as TEXT.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const VERSION = 'v1';

export class SecretBoxError extends Error {
  override readonly name = 'SecretBoxError';
}

export interface SecretBox {
  seal(plain: string): string;
  /** Throws SecretBoxError when the value was sealed with another key, or changed since. */
  open(sealed: string): string;
}

/** The key from its base64 text (`openssl rand -base64 32`); throws SecretBoxError unless it is 32 bytes. */
export function parseKey(base64: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== KEY_BYTES || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(base64.trim()))
    throw new SecretBoxError(`expected ${KEY_BYTES} random bytes in base64 (openssl rand -base64 32)`);
  return key;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== KEY_BYTES) throw new SecretBoxError(`the key must be ${KEY_BYTES} bytes`);
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url'));
      return [VERSION, ...parts].join('.');
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split('.');
      if (version !== VERSION || iv === undefined || tag === undefined || data === undefined)
        throw new SecretBoxError('not a sealed value');
      try {
        const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]);
        return plain.toString('utf8');
      } catch {
        throw new SecretBoxError('the value does not open with this key (wrong key, or changed data)');
      }
    },
  };
}
