import { Module } from '@nestjs/common';
import { RollupService } from './rollup.service';

/** The trend rollups, kept by every writer of comments and decisions. */
@Module({
  providers: [RollupService],
  exports: [RollupService],
})
export class RollupsModule {}
