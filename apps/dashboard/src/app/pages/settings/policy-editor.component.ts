import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { WordList } from '@tenor/contracts';
import {
  I18n,
  PolicyForm,
  PolicyPreviewStore,
  PolicyStore,
  failureText,
  placePolicyMessages,
  policyFieldPaths,
  policyForm,
  policyFromForm,
  policyKey,
  unparsedNumberPaths,
  withActionSwitched,
  withThreshold,
  withWordListEntryAdded,
  withWordListEntryChanged,
  withWordListEntryRemoved,
} from '@tenor/dashboard/data-access';
import { ErrorBannerComponent, formatDateTime } from '@tenor/dashboard/ui';
import { SectionChipsInputComponent } from '../users/section-chips-input.component';
import {
  ActionSwitch,
  CategoryThresholdsTableComponent,
  ThresholdEdit,
} from './category-thresholds-table.component';
import { PolicyPreviewPanelComponent } from './policy-preview-panel.component';
import { PolicyVersionsComponent } from './policy-versions.component';
import { WordListEditorComponent, WordListEntryEdit } from './word-list-editor.component';

/** What the last save came to, for the notice under the buttons. */
type SaveNotice =
  { kind: 'saved'; version: number } | { kind: 'stale' } | { kind: 'failed'; message: string };

/**
 * The moderation policy editor: tone cut-offs, category thresholds, pre-moderated sections and word lists, with a
 * what-if preview (the button, or by itself after a pause in editing), saving with a note, and the version list.
 * The API's validation messages show beside the fields they name; the rest above the buttons.
 */
@Component({
  selector: 'tenor-policy-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ErrorBannerComponent,
    CategoryThresholdsTableComponent,
    PolicyPreviewPanelComponent,
    PolicyVersionsComponent,
    SectionChipsInputComponent,
    WordListEditorComponent,
  ],
  templateUrl: './policy-editor.component.html',
  styleUrl: './policy-editor.component.scss',
})
export class PolicyEditorComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(PolicyStore);
  protected readonly previews = inject(PolicyPreviewStore);

  /** The policy as edited; null until the active version is loaded. */
  protected readonly form = signal<PolicyForm | null>(null);
  /** The version the edit started from (sent as `baseVersion`). */
  protected readonly baseVersion = signal<number | null>(null);
  protected readonly note = signal('');
  protected readonly toneBounds = [
    { name: 'positive', labelKey: 'policy.tonePositive' },
    { name: 'negative', labelKey: 'policy.toneNegative' },
  ] as const;
  /** The validation messages of the last save. */
  private readonly saveMessages = signal<readonly string[]>([]);
  protected readonly saveNotice = signal<SaveNotice | null>(null);

  protected readonly failureMessage = computed(() => failureText(this.i18n, this.store.failure()));
  protected readonly activeLine = computed(() => {
    const active = this.store.active();
    return active === null
      ? null
      : this.i18n.t('policy.active', {
          version: active.version,
          author: active.author,
          time: formatDateTime(active.createdAt, this.i18n.locale()),
        });
  });
  protected readonly policy = computed(() => {
    const form = this.form();
    return form === null ? null : policyFromForm(form);
  });
  protected readonly editedKey = computed(() => {
    const policy = this.policy();
    return policy === null ? null : policyKey(policy);
  });
  protected readonly isChanged = computed(() => {
    const active = this.store.active();
    // Both sides go through the form, so key order and absent notes do not count as changes.
    return active !== null && this.editedKey() !== policyKey(policyFromForm(policyForm(active.policy)));
  });
  private readonly unparsedPaths = computed(() => {
    const form = this.form();
    return form === null ? [] : unparsedNumberPaths(form);
  });
  protected readonly canSend = computed(() => this.form() !== null && this.unparsedPaths().length === 0);
  /** The preview's messages while they are about the edited policy, else the last save's. */
  private readonly messages = computed(() => {
    if (this.saveMessages().length > 0) return this.saveMessages();
    return this.previews.previewedKey() === this.editedKey() ? this.previews.messages() : [];
  });
  private readonly placement = computed(() => {
    const form = this.form();
    return form === null ? null : placePolicyMessages(this.messages(), policyFieldPaths(form));
  });
  /** Messages per field: numbers that do not parse, and the API's. */
  protected readonly fieldErrors = computed(() => {
    const errors = new Map<string, readonly string[]>(this.placement()?.byPath ?? []);
    for (const path of this.unparsedPaths()) {
      errors.set(path, [this.i18n.t('policy.notANumber'), ...(errors.get(path) ?? [])]);
    }
    return errors;
  });
  protected readonly unplacedMessages = computed(() => this.placement()?.unplaced ?? []);
  protected readonly isPreviewCurrent = computed(() => this.previews.previewedKey() === this.editedKey());
  protected readonly previewFailure = computed(() => failureText(this.i18n, this.previews.failure()));

  constructor() {
    // A newly active version (loaded, saved or restored) starts a fresh edit.
    effect(() => {
      const active = this.store.active();
      if (active === null) return;
      untracked(() => {
        if (this.baseVersion() === active.version && this.form() !== null) return;
        this.form.set(policyForm(active.policy));
        this.baseVersion.set(active.version);
        this.saveMessages.set([]);
      });
    });
  }

  protected changeTone(bound: 'positive' | 'negative', text: string): void {
    this.edit((form) => ({ ...form, tone: { ...form.tone, [bound]: text } }));
  }

  protected changeThreshold(edit: ThresholdEdit): void {
    this.edit((form) => withThreshold(form, edit.category, edit.field, edit.text));
  }

  protected switchAction(change: ActionSwitch): void {
    this.edit((form) => withActionSwitched(form, change.category, change.action, change.isOn));
  }

  protected changeSections(sections: readonly string[]): void {
    this.edit((form) => ({ ...form, premoderatedSections: sections }));
  }

  protected addEntry(list: WordList): void {
    this.edit((form) => withWordListEntryAdded(form, list));
  }

  protected changeEntry(edit: WordListEntryEdit): void {
    this.edit((form) => withWordListEntryChanged(form, edit.key, edit.changes));
  }

  protected removeEntry(key: number): void {
    this.edit((form) => withWordListEntryRemoved(form, key));
  }

  /** Previews the edited policy now. */
  protected preview(): void {
    const policy = this.policy();
    if (policy !== null && this.canSend()) void this.previews.request(policy);
  }

  /** Goes back to the active version. */
  protected discard(): void {
    const active = this.store.active();
    if (active === null) return;
    this.form.set(policyForm(active.policy));
    this.baseVersion.set(active.version);
    this.note.set('');
    this.saveMessages.set([]);
    this.saveNotice.set(null);
    this.previews.clear();
  }

  /** Saves the edited policy as a new version; the API validates it and starts applying it. */
  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const policy = this.policy();
    const baseVersion = this.baseVersion();
    if (policy === null || baseVersion === null || !this.canSend()) return;
    this.saveNotice.set(null);
    this.saveMessages.set([]);
    const note = this.note().trim();
    const outcome = await this.store.save({ policy, baseVersion, ...(note === '' ? {} : { note }) });
    switch (outcome.kind) {
      case 'saved':
        this.note.set('');
        this.previews.clear();
        this.saveNotice.set({ kind: 'saved', version: outcome.state.active.version });
        break;
      case 'invalid':
        this.saveMessages.set(outcome.messages);
        break;
      case 'stale':
        this.saveNotice.set({ kind: 'stale' });
        break;
      case 'failed':
        this.saveNotice.set({ kind: 'failed', message: failureText(this.i18n, outcome.failure) ?? '' });
        break;
    }
  }

  /** Loads the newest version after a stale save, dropping the edit. */
  protected async reload(): Promise<void> {
    this.saveNotice.set(null);
    await this.store.load();
    this.discard();
  }

  /** Applies an edit; the preview follows by itself after a pause, or goes when nothing differs any more. */
  private edit(change: (form: PolicyForm) => PolicyForm): void {
    const form = this.form();
    if (form === null) return;
    this.form.set(change(form));
    this.saveMessages.set([]);
    this.saveNotice.set(null);
    const policy = this.policy();
    if (!this.isChanged()) {
      this.previews.clear();
    } else if (policy !== null && this.canSend()) {
      this.previews.schedule(policy);
    }
  }
}
