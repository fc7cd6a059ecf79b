import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RollupsModule } from '../trends/rollups.module';
import { PrivacyErasureEntity } from './privacy-erasure.entity';
import { PrivacyController } from './privacy.controller';
import { PrivacyService } from './privacy.service';

/** GDPR erasure requests and their record. */
@Module({
  imports: [TypeOrmModule.forFeature([PrivacyErasureEntity]), RollupsModule],
  controllers: [PrivacyController],
  providers: [PrivacyService],
})
export class PrivacyModule {}
