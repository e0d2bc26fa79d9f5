import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, parseKey, SecretBoxError } from '../../../src/store/secret-box.ts';

describe('secret box (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('given a token, seals it so the text holds no trace of it and opens it again', () => {
    const box = createSecretBox(key);
    const sealed = box.seal('xoxb-1234-secret');
    expect(sealed).not.toContain('xoxb');
    expect(sealed).not.toBe(box.seal('xoxb-1234-secret'));
    expect(box.open(sealed)).toBe('xoxb-1234-secret');
  });

  it('given another key or a changed byte, refuses to open', () => {
    const sealed = createSecretBox(key).seal('xoxb-1234-secret');
    expect(() => createSecretBox(randomBytes(32)).open(sealed)).toThrow(SecretBoxError);
    const changed = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-1)}`;
    expect(() => createSecretBox(key).open(changed)).toThrow(SecretBoxError);
  });

  it('given a key that is not 32 bytes of base64, says how to make one', () => {
    expect(parseKey(key.toString('base64'))).toEqual(key);
    expect(() => parseKey('c2hvcnQ=')).toThrow(/openssl rand -base64 32/);
    expect(() => parseKey('not base64 at all!')).toThrow(SecretBoxError);
  });
});
