import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BulkDecisionResult, BulkPreview, DecisionResult, ModerationEventView } from '@tenor/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { BulkDecisionDto, BulkSelectionDto } from './dto/bulk-decision.dto';
import { DecisionDto } from './dto/decision.dto';
import { UndoDto } from './dto/undo.dto';
import { ModerationService } from './moderation.service';

/** Decisions on comments, one or many, their undo and audit trail; every role may decide within its sections. */
@ApiTags('moderation')
@Controller('comments')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  /** How many comments a bulk decision would touch, for the confirmation. */
  @Post('bulk-decision/preview')
  @HttpCode(200)
  async previewBulk(@Body() selection: BulkSelectionDto, @CurrentUser() user: AuthenticatedUser): Promise<BulkPreview> {
    return { count: await this.moderation.bulkCount(selection, user) };
  }

  @Post('bulk-decision')
  @HttpCode(200)
  decideBulk(@Body() request: BulkDecisionDto, @CurrentUser() user: AuthenticatedUser): Promise<BulkDecisionResult> {
    return this.moderation.bulkDecide(request, user);
  }

  @Post(':id/decision')
  @HttpCode(200)
  decide(@Param('id', ParseIntPipe) id: number, @Body() decision: DecisionDto, @CurrentUser() user: AuthenticatedUser): Promise<DecisionResult> {
    return this.moderation.decide(id, decision, user);
  }

  @Post(':id/undo')
  @HttpCode(200)
  undo(@Param('id', ParseIntPipe) id: number, @Body() request: UndoDto, @CurrentUser() user: AuthenticatedUser): Promise<DecisionResult> {
    return this.moderation.undo(id, user, request.expectedVersion);
  }

  @Get(':id/events')
  history(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthenticatedUser): Promise<ModerationEventView[]> {
    return this.moderation.history(id, user);
  }
}
