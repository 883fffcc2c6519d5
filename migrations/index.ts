import type { MigrationInterface } from 'typeorm';
import { CreateFoundation1795567405284 } from './1795567405284-CreateFoundation.js';

/** Every migration, in order. `npm run migration:generate <Name>` writes a file; read it, then add its class here. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [CreateFoundation1795567405284];
