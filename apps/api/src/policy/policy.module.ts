import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModelModule } from '../model/model.module';
import { RollupsModule } from '../trends/rollups.module';
import { PolicyController, SettingsAuditController } from './policy.controller';
import { PolicyCoreModule } from './policy-core.module';
import { PolicyPreviewService } from './policy-preview.service';
import { ReapplyJobEntity } from './reapply-job.entity';
import { ReapplyService } from './reapply.service';

/** The admin side of the policy: versions, the what-if preview, and the background re-apply of each saved version. */
@Module({
  imports: [TypeOrmModule.forFeature([ReapplyJobEntity]), PolicyCoreModule, RollupsModule, ModelModule],
  controllers: [PolicyController, SettingsAuditController],
  providers: [PolicyPreviewService, ReapplyService],
  exports: [ReapplyService],
})
export class PolicyModule {}
