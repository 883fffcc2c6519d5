import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from './storage/attachment-storage.js';

/** A stored file with no row this long after it was written is an orphan (its upload failed or crashed). */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;
/** How long a scrape's total is reused by the next ones (an upload or delete of this process forgets it). */
export const STORED_BYTES_CACHE_MS = 15_000;

/**
 * What the API and the worker both need of the stored files: the orphan sweep and the total stored size (for
 * the metrics).
 */
@Injectable()
export class AttachmentFilesService implements OnApplicationShutdown {
  private readonly logger = new Logger(AttachmentFilesService.name);
  private storedBytes: { at: number; total: Promise<number> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
  ) {}

  /** Removes the stored files (and unfinished writes) older than the grace time that no row refers to. */
  async sweepOrphans(olderThan = new Date(this.clock.now().getTime() - ORPHAN_GRACE_MS)): Promise<number> {
    let removed = 0;
    let batch: string[] = [];
    const flush = async (): Promise<void> => {
      const known = await this.dataSource.query<{ storage_key: string }[]>(
        'SELECT storage_key FROM attachment WHERE storage_key = ANY($1::text[])',
        [batch],
      );
      const kept = new Set(known.map((r) => r.storage_key));
      for (const key of batch.filter((k) => !kept.has(k))) {
        await this.storage.delete(key);
        removed += 1;
      }
      batch = [];
    };
    for await (const object of this.storage.list()) {
      if (object.modifiedAt < olderThan) {
        batch.push(object.key);
      }
      if (batch.length >= 500) {
        await flush();
      }
    }
    if (batch.length) {
      await flush();
    }
    if (removed) {
      this.logger.log(`removed ${removed} orphan attachment file(s)`);
    }
    return removed;
  }

  /** The bytes of every attachment on record: a gauge for the metrics endpoint. */
  async totalStoredBytes(): Promise<number> {
    const [row] = await this.dataSource.query<{ total: string }[]>(
      'SELECT COALESCE(SUM(size), 0)::bigint AS total FROM attachment',
    );
    return Number(row.total);
  }

  /**
   * The total for the `attachments_stored_bytes` gauge: one sum for every scrape within STORED_BYTES_CACHE_MS
   * (concurrent scrapes share it), so that several Prometheus servers scraping several instances cost little.
   */
  storedBytesForMetrics(): Promise<number> {
    const now = performance.now();
    if (!this.storedBytes || now - this.storedBytes.at > STORED_BYTES_CACHE_MS) {
      const total = this.totalStoredBytes();
      this.storedBytes = { at: now, total };
      total.catch(() => {
        if (this.storedBytes?.total === total) {
          this.storedBytes = null; // a failed sum is not reused
        }
      });
    }
    return this.storedBytes.total;
  }

  /** After an upload or a delete: this process's next scrape sums again (others within the cache time). */
  forgetStoredBytes(): void {
    this.storedBytes = null;
  }

  onApplicationShutdown(): void {
    this.storage.destroy?.();
  }
}
