import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ArticleInput, CommentInput } from '@tenor/contracts';
import { parseFile } from '@tenor/ingest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ArticlesService } from '../articles/articles.service';
import { CommentsService } from '../comments/comments.service';
import { inTransaction } from '../database/in-transaction';

/** What one ingest stored. */
export interface IngestSummary {
  files: number;
  articlesCreated: number;
  commentsCreated: number;
  commentsExisting: number;
}

const INGESTIBLE_FILE = /\.(txt|json|ndjson|jsonl|csv)$/i;

/** Ingests parsed documents (articles first, then their comments) in one transaction. */
@Injectable()
export class IngestService {
  private readonly logger = new Logger(IngestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly articles: ArticlesService,
    private readonly comments: CommentsService,
  ) {}

  /** Stores articles and comments all or nothing; repeated external ids are not stored twice. */
  async ingest(articles: ArticleInput[], comments: CommentInput[]): Promise<Omit<IngestSummary, 'files'>> {
    const { articleResult, commentInsertion } = await inTransaction(this.dataSource, async (manager) => ({
      articleResult: await this.articles.createMany(articles, manager),
      commentInsertion: comments.length > 0 ? await this.comments.insertMany(comments, manager) : undefined,
    }));
    if (commentInsertion) this.comments.announce(commentInsertion);
    return {
      articlesCreated: articleResult.created,
      commentsCreated: commentInsertion?.result.created ?? 0,
      commentsExisting: commentInsertion?.result.existing ?? 0,
    };
  }

  /** Parses every ingestible file of a folder (seed text, JSON, NDJSON) and ingests them together. */
  async ingestFolder(folder: string): Promise<IngestSummary> {
    const names = (await readdir(folder)).filter((name) => INGESTIBLE_FILE.test(name)).sort();
    const articles: ArticleInput[] = [];
    const comments: CommentInput[] = [];
    for (const name of names) {
      const parsed = parseFile(name, await readFile(join(folder, name), 'utf8'));
      // One at a time: push(...records) passes every record as an argument and overflows the stack past ~125,000.
      for (const article of parsed.articles) articles.push(article);
      for (const comment of parsed.comments) comments.push(comment);
    }
    const summary = { files: names.length, ...(await this.ingest(articles, comments)) };
    this.logger.log(
      `ingested ${folder}: ${summary.files} files, ${summary.articlesCreated} new articles, ${summary.commentsCreated} new comments`,
    );
    return summary;
  }
}
