import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { ModerationPolicy, PolicyPreview } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiFailure, toApiFailure } from '../api/api-failure';
import { TenorApi } from '../api/tenor-api';
import { validationMessagesOf } from './policy-messages';
import { policyKey } from './policy-form';

/** Editing pauses this long before the preview runs by itself, so each keystroke does not ask the server. */
export const PREVIEW_DEBOUNCE_MS = 800;

/**
 * The what-if preview of an edited policy: asked at once (the button) or after a pause in editing; only the
 * latest request's answer counts. A 400 leaves the API's validation messages instead of a preview. Provide it per page.
 */
@Injectable()
export class PolicyPreviewStore {
  private readonly api = inject(TenorApi);
  private requestNumber = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** The latest preview; null before the first and after `clear`. */
  readonly preview = signal<PolicyPreview | null>(null);
  /** The policy (as `policyKey`) the preview or the messages are about. */
  readonly previewedKey = signal<string | null>(null);
  /** The validation messages of the latest request (empty when it was valid). */
  readonly messages = signal<readonly string[]>([]);
  /** The latest request's failure other than validation. */
  readonly failure = signal<ApiFailure | null>(null);
  /** Whether a preview is being computed. */
  readonly isLoading = signal(false);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.cancelScheduled());
  }

  /** Previews a policy now. */
  async request(policy: ModerationPolicy): Promise<void> {
    this.cancelScheduled();
    const requestNumber = ++this.requestNumber;
    const key = policyKey(policy);
    this.isLoading.set(true);
    try {
      const preview = await firstValueFrom(this.api.previewPolicy(policy));
      if (requestNumber !== this.requestNumber) return;
      this.settle(key, preview, [], null);
    } catch (error) {
      if (requestNumber !== this.requestNumber) return;
      const failure = toApiFailure(error);
      const messages = validationMessagesOf(error);
      this.settle(key, null, messages, failure.status === 400 && messages.length > 0 ? null : failure);
    } finally {
      if (requestNumber === this.requestNumber) this.isLoading.set(false);
    }
  }

  /** Previews a policy after a pause in editing; a later call replaces an earlier one. */
  schedule(policy: ModerationPolicy): void {
    this.cancelScheduled();
    this.timer = setTimeout(() => void this.request(policy), PREVIEW_DEBOUNCE_MS);
  }

  /** Forgets the preview (after a save, the saved policy is the current one). */
  clear(): void {
    this.cancelScheduled();
    this.requestNumber++;
    this.isLoading.set(false);
    this.settle(null, null, [], null);
  }

  private settle(
    key: string | null,
    preview: PolicyPreview | null,
    messages: readonly string[],
    failure: ApiFailure | null,
  ): void {
    this.previewedKey.set(key);
    this.preview.set(preview);
    this.messages.set(messages);
    this.failure.set(failure);
  }

  private cancelScheduled(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
