import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { nameTokens } from '../cases/domain/search-text.js';

function derive(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `citizen-cases:${purpose}`, 32));
}

/**
 * Protects citizens' personal data with keys derived from PII_ENCRYPTION_KEY (HKDF, one key per purpose):
 * AES-256-GCM for sealed identities, HMAC-SHA-256 for the blind name index, ID-number lookups and tracking pins.
 */
@Injectable()
export class PiiCryptoService {
  private readonly encryptionKey: Buffer;
  private readonly nameKey: Buffer;
  private readonly idNumberKey: Buffer;
  private readonly pinKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const master = config.piiEncryptionKey;
    this.encryptionKey = derive(master, 'aes-256-gcm');
    this.nameKey = derive(master, 'name-index');
    this.idNumberKey = derive(master, 'id-number');
    this.pinKey = derive(master, 'tracking-pin');
  }

  /** `v1.<iv>.<tag>.<ciphertext>` in base64url. */
  encrypt(value: unknown): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  decrypt<T>(sealed: string): T {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) {
      throw new Error('unknown sealed format');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const text = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
    return JSON.parse(text) as T;
  }

  /** Keyed hashes of the folded words of a name: equal words give equal hashes, and nothing else is revealed. */
  nameIndex(name: string): string[] {
    return nameTokens(name).map((token) =>
      createHmac('sha256', this.nameKey).update(token).digest('base64url').slice(0, 22),
    );
  }

  idNumberHash(idNumber: string): string {
    return createHmac('sha256', this.idNumberKey).update(idNumber).digest('hex');
  }

  newPin(): string {
    return String(randomInt(0, 1_000_000)).padStart(6, '0');
  }

  /** HMAC-SHA-256 of the case code and pin: fast (the lookup is rate-limited) and useless without the key. */
  pinHash(code: string, pin: string): string {
    return createHmac('sha256', this.pinKey).update(`${code}:${pin}`).digest('hex');
  }
}
