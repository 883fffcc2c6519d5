import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { CreateUnitDto } from './dto/create-unit.dto.js';
import { type UnitResponse, UnitsService } from './units.service.js';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateUnitDto): Promise<UnitResponse> {
    return this.units.create(dto);
  }

  @Get()
  list(): Promise<UnitResponse[]> {
    return this.units.list();
  }
}
