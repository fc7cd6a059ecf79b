import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { TonePoint } from '@tenor/contracts';
import { ToneSeriesQueryDto } from './dto/tone-series-query.dto';
import { TrendsService } from './trends.service';

/** Series for the trends charts. */
@ApiTags('trends')
@Controller('trends')
export class TrendsController {
  constructor(private readonly trends: TrendsService) {}

  @Get('tone')
  tone(@Query() query: ToneSeriesQueryDto): Promise<TonePoint[]> {
    return this.trends.toneByDay(query);
  }
}
