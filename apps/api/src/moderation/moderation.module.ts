import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommentsModule } from '../comments/comments.module';
import { RollupsModule } from '../trends/rollups.module';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { ModerationEventEntity } from './moderation-event.entity';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

/** Moderation decisions, undo, bulk decisions and the audit log. */
@Module({
  imports: [TypeOrmModule.forFeature([ModerationEventEntity]), CommentsModule, RollupsModule],
  controllers: [ModerationController, AuditController],
  providers: [ModerationService, AuditService],
})
export class ModerationModule {}
