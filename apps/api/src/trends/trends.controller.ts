import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { TonePoint } from '@tenor/contracts';
import { Roles } from '../auth/auth.decorators';
import { ToneSeriesQueryDto } from './dto/tone-series-query.dto';
import { TrendsService } from './trends.service';

/** Series for the trends charts. */
@ApiTags('trends')
@Roles('editor', 'admin')
@Controller('trends')
export class TrendsController {
  constructor(private readonly trends: TrendsService) {}

  @Get('tone')
  tone(@Query() query: ToneSeriesQueryDto): Promise<TonePoint[]> {
    return this.trends.toneByDay(query);
  }
}
