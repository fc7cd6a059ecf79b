import { Injectable, inject, signal } from '@angular/core';
import type { AuthorErasurePreview, ErasureRequest, ErasureView } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiFailure, toApiFailure } from '../api/api-failure';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';

/** What a preview came to: what an erasure would touch, or the API's failure (its validation messages). */
export type ErasurePreviewOutcome =
  { kind: 'previewed'; preview: AuthorErasurePreview } | { kind: 'failed'; failure: ApiFailure };

/** What an erasure came to: its record, or the API's failure. */
export type ErasureOutcome =
  { kind: 'erased'; erasure: ErasureView } | { kind: 'failed'; failure: ApiFailure };

/** The admins' GDPR erasure requests: previewing an author, erasing their comments, and the record of requests. Provide it per page. */
@Injectable()
export class PrivacyStore {
  private readonly api = inject(TenorApi);
  private readonly loads = new LatestLoad();

  /** The recorded requests, newest first. */
  readonly erasures = signal<ErasureView[]>([]);
  /** Whether the record is loading. */
  readonly isLoading = this.loads.isLoading;
  /** The last failed load of the record. */
  readonly failure = this.loads.failure;
  /** The latest preview; null before the first and after an erasure (its counts are gone then). */
  readonly preview = signal<AuthorErasurePreview | null>(null);
  /** Whether a preview is in flight. */
  readonly isPreviewing = signal(false);
  /** Whether an erasure is in flight. */
  readonly isErasing = signal(false);

  /** Loads the record of requests. */
  async loadErasures(): Promise<void> {
    await this.loads.run(this.api.listErasures(), (erasures) => this.erasures.set(erasures));
  }

  /** Counts what an erasure for exactly this name would touch; a failure clears the previous preview. */
  async previewAuthor(author: string): Promise<ErasurePreviewOutcome> {
    this.isPreviewing.set(true);
    try {
      const preview = await firstValueFrom(this.api.previewErasure(author));
      this.preview.set(preview);
      return { kind: 'previewed', preview };
    } catch (error) {
      this.preview.set(null);
      return { kind: 'failed', failure: toApiFailure(error) };
    } finally {
      this.isPreviewing.set(false);
    }
  }

  /** Erases every comment of the author, then reloads the record. */
  async erase(request: ErasureRequest): Promise<ErasureOutcome> {
    this.isErasing.set(true);
    try {
      const erasure = await firstValueFrom(this.api.eraseAuthor(request));
      this.preview.set(null);
      void this.loadErasures();
      return { kind: 'erased', erasure };
    } catch (error) {
      return { kind: 'failed', failure: toApiFailure(error) };
    } finally {
      this.isErasing.set(false);
    }
  }
}
