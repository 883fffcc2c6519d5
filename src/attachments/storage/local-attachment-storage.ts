import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AttachmentStorage, StoredObject } from './attachment-storage.js';

const PARTIAL = '.partial';

/**
 * Files under one directory (`ATTACHMENTS_DIR`), in 256 subdirectories by the key's first two characters. A
 * file is written as `<key>.partial` and renamed when complete, so a reader never sees half a file.
 */
export class LocalAttachmentStorage implements AttachmentStorage {
  readonly driver = 'local';

  constructor(private readonly dir: string) {}

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  async put(key: string, body: Readable): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(join(path, '..'), { recursive: true });
    try {
      await pipeline(body, createWriteStream(path + PARTIAL, { flags: 'wx' }));
      await rename(path + PARTIAL, path);
    } catch (error) {
      await rm(path + PARTIAL, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<StoredObject> {
    for (const shard of await readdir(this.dir, { withFileTypes: true })) {
      if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) {
        continue;
      }
      for (const name of await readdir(join(this.dir, shard.name))) {
        const info = await stat(join(this.dir, shard.name, name)).catch(() => null);
        if (info?.isFile()) {
          yield { key: name, modifiedAt: info.mtime };
        }
      }
    }
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f-]{36}(\.partial)?$/.test(key)) {
      throw new Error(`not an attachment key: ${key}`);
    }
    return join(this.dir, key.slice(0, 2), key);
  }
}
