import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PersonDto } from '../../citizens/dto/person.dto.js';
import { IsInstant, IsOptionalText, IsText, LIMITS, present } from '../../common/validation/decorators.js';
import {
  RECEPTION_CATEGORIES,
  RECEPTION_HOSTS,
  RECEPTION_OUTCOMES,
  REFUSAL_GROUNDS,
  type ReceptionCategory,
  type ReceptionHost,
  type ReceptionOutcome,
  type RefusalGround,
} from '../domain/reception-rules.js';

/** A representative of the visitors (Luật TCD Art. 29). */
export class RepresentativeDto extends PersonDto {}

export class CreateReceptionDto {
  @ApiProperty({
    example: '2024-03-12T08:15:00+07:00',
    description: 'ISO 8601 with offset; never in the future',
  })
  @IsInstant()
  visitedAt: string;

  @ApiProperty({ minimum: 1, example: 12 })
  @IsInt()
  @Max(100_000)
  visitorCount: number;

  @ApiProperty({ type: [RepresentativeDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RepresentativeDto)
  representatives: RepresentativeDto[];

  @ApiProperty({ enum: RECEPTION_CATEGORIES })
  @IsIn(RECEPTION_CATEGORIES)
  category: ReceptionCategory;

  @ApiProperty()
  @IsText(LIMITS.subject)
  subject: string;

  @ApiProperty()
  @IsText(LIMITS.content)
  content: string;

  @ApiPropertyOptional({ description: 'previous handling by other bodies, if any' })
  @IsOptionalText(LIMITS.reason)
  previousHandling?: string | null;

  @ApiProperty({ enum: RECEPTION_HOSTS })
  @IsIn(RECEPTION_HOSTS)
  hostedBy: ReceptionHost;

  @ApiPropertyOptional({ format: 'uuid', description: 'required when hostedBy is leader' })
  @ValidateIf(present)
  @IsUUID()
  leaderId?: string | null;

  @ApiPropertyOptional({ default: false, description: 'the leader delegated the reception (ủy quyền tiếp)' })
  @IsOptional()
  @IsBoolean()
  delegated?: boolean | null;

  @ApiPropertyOptional({
    description: 'a later visit on the same matter; default: a visit of the same unit shares an ID number',
  })
  @IsOptional()
  @IsBoolean()
  repeatVisit?: boolean | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'default the unit of the user who logs the visit' })
  @ValidateIf(present)
  @IsUUID()
  unitId?: string | null;

  @ApiProperty({ enum: RECEPTION_OUTCOMES })
  @IsIn(RECEPTION_OUTCOMES)
  outcome: ReceptionOutcome;

  @ApiPropertyOptional({ enum: REFUSAL_GROUNDS, description: 'required when outcome is refused' })
  @ValidateIf(present)
  @IsIn(REFUSAL_GROUNDS)
  refusalGround?: RefusalGround | null;

  @ApiPropertyOptional()
  @IsOptionalText(LIMITS.reason)
  note?: string | null;
}
