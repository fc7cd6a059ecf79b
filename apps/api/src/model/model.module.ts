import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModelActivations } from './model-activations';
import { ModelController } from './model.controller';
import { ModelRetrainSchedule } from './model-retrain-schedule';
import { ModelService } from './model.service';
import { ScoringModelEntity } from './scoring-model.entity';

/**
 * Learning from the moderators: offense model versions trained on their decisions, on demand or on a schedule, and
 * accepted or rolled back by an admin. Import it for ModelActivations, to hear when another version became active.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ScoringModelEntity])],
  controllers: [ModelController],
  providers: [ModelService, ModelActivations, ModelRetrainSchedule],
  exports: [ModelActivations],
})
export class ModelModule {}
