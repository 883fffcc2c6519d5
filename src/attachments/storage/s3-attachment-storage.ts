import { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3Config } from '../../config/config.js';
import type { AttachmentStorage, StoredObject } from './attachment-storage.js';

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, a cloud provider's): every API instance sees the
 * same files. A PutObject is atomic: the key holds the whole object or nothing.
 */
export class S3AttachmentStorage implements AttachmentStorage {
  readonly driver = 's3';
  private readonly client: S3Client;

  constructor(private readonly config: S3Config) {
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle,
      ...(config.credentials ? { credentials: config.credentials } : {}),
      // Plain signed uploads of a known length: what every S3-compatible server understands (no aws-chunked
      // trailing checksums, which older MinIO and Ceph releases refuse). The SHA-256 is kept in PostgreSQL.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async init(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.config.bucket }));
    } catch (error) {
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) {
        await this.client.send(new CreateBucketCommand({ Bucket: this.config.bucket }));
        return;
      }
      throw error;
    }
  }

  async put(key: string, body: Readable, size: number, mediaType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: this.config.prefix + key,
        Body: body,
        ContentLength: size,
        ContentType: mediaType,
      }),
    );
  }

  async get(key: string): Promise<Readable> {
    const answer = await this.client.send(
      new GetObjectCommand({ Bucket: this.config.bucket, Key: this.config.prefix + key }),
    );
    if (!(answer.Body instanceof Readable)) {
      throw new Error(`no body for attachment object ${key}`);
    }
    return answer.Body;
  }

  async delete(key: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.config.prefix + key }),
    );
  }

  async *list(): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.config.bucket,
          Prefix: this.config.prefix,
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key && object.LastModified) {
          yield { key: object.Key.slice(this.config.prefix.length), modifiedAt: object.LastModified };
        }
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  destroy(): void {
    this.client.destroy();
  }
}
