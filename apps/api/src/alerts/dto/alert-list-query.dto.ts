import { ApiPropertyOptional } from '@nestjs/swagger';
import { ALERT_STATUSES, type AlertStatus } from '@tenor/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { OptionalIdField } from '../../common/dto-fields';

/** GET /api/alerts query string. */
export class AlertListQueryDto {
  @ApiPropertyOptional({ enum: [...ALERT_STATUSES, 'all'], default: 'open' })
  @IsOptional()
  @IsIn([...ALERT_STATUSES, 'all'])
  status?: AlertStatus | 'all';

  @OptionalIdField()
  articleId?: number;
}
