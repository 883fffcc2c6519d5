import { Module } from '@nestjs/common';
import { PiiCryptoService } from './pii-crypto.service.js';

@Module({ providers: [PiiCryptoService], exports: [PiiCryptoService] })
export class CitizensModule {}
