import type { Readable } from 'node:stream';

/** The Nest token of the configured driver. */
export const ATTACHMENT_STORAGE = Symbol('ATTACHMENT_STORAGE');

/** An object in the storage, as the orphan sweep lists it. */
export interface StoredObject {
  key: string;
  modifiedAt: Date;
}

/**
 * Where the bytes of attachments live: one small interface, two drivers (a local directory, S3-compatible
 * object storage). Keys are chosen by the caller (the attachment's id); a `put` is complete or absent, never a
 * partial object under its key.
 */
export interface AttachmentStorage {
  readonly driver: 'local' | 's3';
  /** Prepares the storage at start (creates the directory, checks the bucket). */
  init(): Promise<void>;
  put(key: string, body: Readable, size: number, mediaType: string): Promise<void>;
  /** The object's bytes as a stream; throws when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the object; no error when it is already gone. */
  delete(key: string): Promise<void>;
  /** Every object (and unfinished write) of this storage, for the orphan sweep. */
  list(): AsyncIterable<StoredObject>;
  /** Closes what the storage holds open (the S3 client's sockets), at shutdown. */
  destroy?(): void;
}
