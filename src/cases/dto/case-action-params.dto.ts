import { IsIn, IsUUID } from 'class-validator';
import { CASE_ACTIONS, type CaseAction } from '../domain/case-workflow.js';

export class CaseActionParams {
  @IsUUID()
  id: string;

  @IsIn(CASE_ACTIONS)
  action: CaseAction;
}
