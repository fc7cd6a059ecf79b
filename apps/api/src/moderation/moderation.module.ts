import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationEventEntity } from './moderation-event.entity';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

/** Moderation decisions and audit events. */
@Module({
  imports: [TypeOrmModule.forFeature([ModerationEventEntity])],
  controllers: [ModerationController],
  providers: [ModerationService],
})
export class ModerationModule {}
