import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from './user.entity.js';

export class StaffMemberResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  fullName: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  unitId: string | null;
}

/** `GET /staff`: at most `STAFF_LIMIT` people, by name. */
export class StaffListResponse {
  @ApiProperty({ type: StaffMemberResponse, isArray: true })
  items: StaffMemberResponse[];
}
