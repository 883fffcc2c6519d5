import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { User } from './user.entity.js';
import { PasswordService } from './password.service.js';
import { StaffController } from './staff.controller.js';
import { StaffService } from './staff.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User]), AuditModule],
  controllers: [UsersController, StaffController],
  providers: [UsersService, PasswordService, StaffService],
  exports: [UsersService, PasswordService],
})
export class UsersModule {}
