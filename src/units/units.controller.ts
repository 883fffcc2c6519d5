import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { CreateUnitDto } from './dto/create-unit.dto.js';
import { RenameUnitDto } from './dto/rename-unit.dto.js';
import { type UnitResponse, UnitsService } from './units.service.js';
import { UnitResponseDto } from './units.response.js';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @ApiCreatedResponse({ type: UnitResponseDto })
  @Post()
  @Roles('admin')
  create(@Body() dto: CreateUnitDto): Promise<UnitResponse> {
    return this.units.create(dto);
  }

  @ApiOkResponse({ type: [UnitResponseDto] })
  @Get()
  list(): Promise<UnitResponse[]> {
    return this.units.list();
  }

  @ApiOkResponse({ type: UnitResponseDto })
  @Patch(':id')
  @Roles('admin')
  rename(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RenameUnitDto): Promise<UnitResponse> {
    return this.units.rename(id, dto.name);
  }
}
