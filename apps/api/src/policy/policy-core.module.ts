import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RollupsModule } from '../trends/rollups.module';
import { PolicyVersionEntity } from './policy-version.entity';
import { PolicyService } from './policy.service';

/** The active moderation policy, for every writer of comments (the API, the ingest CLI). */
@Module({
  imports: [TypeOrmModule.forFeature([PolicyVersionEntity]), RollupsModule],
  providers: [PolicyService],
  exports: [PolicyService],
})
export class PolicyCoreModule {}
