import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsText } from '../../common/validation/decorators.js';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsText(64)
  username: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}
