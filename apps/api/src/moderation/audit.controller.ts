import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditPage } from '@tenor/contracts';
import { Readable } from 'node:stream';
import { Roles } from '../auth/auth.decorators';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';

/** The audit log of decisions: editors and admins. */
@ApiTags('audit')
@Roles('editor', 'admin')
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit')
  page(@Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.audit.page(query);
  }

  /** The same events as CSV (all pages), for spreadsheets and records. */
  @Get('audit.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="tenor-audit.csv"')
  csv(@Query() query: AuditQueryDto): StreamableFile {
    return new StreamableFile(Readable.from(this.audit.csvLines(query)));
  }
}
