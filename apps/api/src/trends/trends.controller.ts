import { Controller, Get, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ArticleTrendDetail, ArticleTrendPage, CommentTrendPoint, DecisionTrendPoint, TrendExtent, TrendSeries } from '@tenor/contracts';
import { commentSeriesCsv, decisionSeriesCsv, toCsv } from '@tenor/insights';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { ArticleTrendQueryDto, TrendQueryDto } from './dto/trend-query.dto';
import { TrendsService } from './trends.service';

/** Series for the trends charts; each also as CSV with `format=csv`. */
@ApiTags('trends')
@Roles('editor', 'admin')
@Controller('trends')
export class TrendsController {
  constructor(private readonly trends: TrendsService) {}

  @Get('extent')
  extent(): Promise<TrendExtent> {
    return this.trends.extent();
  }

  @Get('comments')
  @ApiProduces('application/json', 'text/csv')
  async comments(@Query() query: TrendQueryDto, @Res({ passthrough: true }) response: Response): Promise<TrendSeries<CommentTrendPoint> | string> {
    const series = await this.trends.comments(query);
    if (query.format !== 'csv') return series;
    return sendCsv(response, `tenor-comments-${series.query.bucket}-${series.query.from}-${series.query.to}.csv`, commentSeriesCsv(series.points, series.previous ?? undefined));
  }

  @Get('decisions')
  @ApiProduces('application/json', 'text/csv')
  async decisions(@Query() query: TrendQueryDto, @Res({ passthrough: true }) response: Response): Promise<TrendSeries<DecisionTrendPoint> | string> {
    const series = await this.trends.decisions(query);
    if (query.format !== 'csv') return series;
    return sendCsv(response, `tenor-decisions-${series.query.bucket}-${series.query.from}-${series.query.to}.csv`, decisionSeriesCsv(series.points));
  }

  @Get('articles')
  @ApiProduces('application/json', 'text/csv')
  async articles(@Query() query: ArticleTrendQueryDto, @Res({ passthrough: true }) response: Response): Promise<ArticleTrendPage | string> {
    const page = await this.trends.articles(query);
    if (query.format !== 'csv') return page;
    const header = ['article_id', 'title', 'section', 'published_at', 'premoderated', 'comments', 'mean_compound', 'negative_share', 'flagged_share', 'recent_comments', 'previous_comments', 'acceleration', 'open_alerts'];
    const rows = page.items.map((item) => [
      item.articleId,
      item.title,
      item.section,
      item.publishedAt,
      item.isPremoderated,
      item.count,
      item.meanCompound,
      item.negativeShare,
      item.flaggedShare,
      item.recentCount,
      item.previousCount,
      item.acceleration,
      item.openAlerts,
    ]);
    return sendCsv(response, 'tenor-articles.csv', toCsv(header, rows));
  }

  @Get('articles/:id')
  article(@Param('id', ParseIntPipe) id: number): Promise<ArticleTrendDetail> {
    return this.trends.article(id);
  }
}

/** Sets the headers of a CSV download and returns its body. */
function sendCsv(response: Response, filename: string, csv: string): string {
  response.setHeader('content-type', 'text/csv; charset=utf-8');
  response.setHeader('content-disposition', `attachment; filename="${filename}"`);
  return csv;
}
