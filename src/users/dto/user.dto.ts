import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsText, LIMITS, NullMeansAbsent, present } from '../../common/validation/decorators.js';
import { PaginationQuery } from '../../common/validation/pagination.dto.js';
import { ROLES, type Role } from '../user.entity.js';

export class CreateUserDto {
  @ApiProperty({ example: 'thanhtra01', description: '3 to 64 lower-case letters, digits, ".", "-" or "_"' })
  @Matches(/^[a-z0-9._-]{3,64}$/, {
    message: 'username must be 3 to 64 lower-case letters, digits, ".", "-" or "_"',
  })
  username: string;

  @ApiProperty({ minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(256)
  password: string;

  @ApiProperty({ example: 'Trần Thị B' })
  @IsText(LIMITS.name)
  fullName: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for every role but admin' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @NullMeansAbsent()
  @IsOptional()
  @IsText(LIMITS.name)
  fullName?: string;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ enum: ROLES })
  @NullMeansAbsent()
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf(present)
  @IsUUID()
  unitId?: string | null;

  @ApiPropertyOptional()
  @NullMeansAbsent()
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ minLength: 8, description: 'sets a new password' })
  @NullMeansAbsent()
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(256)
  password?: string;
}

export class UsersQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
