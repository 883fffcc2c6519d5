import { ApiProperty } from '@nestjs/swagger';

export class MovedCaseResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  code: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the due date now' })
  dueDate: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the due date after the edit' })
  newDueDate: string | null;
}

/** `GET /calendar/impact`. */
export class CalendarImpactResponse {
  @ApiProperty({ description: 'how many open cases the edit would move' })
  openCases: number;

  @ApiProperty({ type: MovedCaseResponse, isArray: true, description: 'at most 200, by due date' })
  cases: MovedCaseResponse[];
}
