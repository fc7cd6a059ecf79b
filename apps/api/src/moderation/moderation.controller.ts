import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { DecisionResult, ModerationEventView } from '@tenor/contracts';
import { AppConfig } from '../config/app.config';
import { DecisionDto } from './dto/decision.dto';
import { ModerationService } from './moderation.service';

/** The header naming who decides, until accounts and login arrive (the moderation issue). */
export const ACTOR_HEADER = 'x-tenor-actor';

/** Decisions on comments and their audit trail. */
@ApiTags('moderation')
@Controller('comments/:id')
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly config: AppConfig,
  ) {}

  @Post('decision')
  @HttpCode(200)
  @ApiHeader({ name: ACTOR_HEADER, required: false, description: 'Who decides (default: TENOR_DEFAULT_ACTOR)' })
  decide(
    @Param('id', ParseIntPipe) id: number,
    @Body() decision: DecisionDto,
    @Headers(ACTOR_HEADER) actor: string | undefined,
  ): Promise<DecisionResult> {
    return this.moderation.decide(id, decision, actor?.trim().slice(0, 200) || this.config.defaultActor);
  }

  @Get('events')
  history(@Param('id', ParseIntPipe) id: number): Promise<ModerationEventView[]> {
    return this.moderation.history(id);
  }
}
