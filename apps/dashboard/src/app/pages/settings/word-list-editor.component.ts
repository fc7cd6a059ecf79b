import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RISK_CATEGORIES, WORD_LISTS, WORD_MATCH_MODES } from '@tenor/contracts';
import type { WordList } from '@tenor/contracts';
import { I18n, WordListEntryForm } from '@tenor/dashboard/data-access';

/** A changed word-list row. */
export interface WordListEntryEdit {
  key: number;
  changes: Partial<Omit<WordListEntryForm, 'key' | 'list'>>;
}

/**
 * The block, watch and allow lists, each with its rows (term, match mode, category, note) and buttons to add and
 * remove rows. Rows keep their index in the policy, so the API's `wordLists.3.term` message lands beside row 3.
 */
@Component({
  selector: 'tenor-word-list-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @for (block of blocks(); track block.list) {
      <section class="word-list" [attr.data-testid]="'word-list-' + block.list">
        <header class="word-list__header">
          <h4>{{ block.title }}</h4>
          <span class="word-list__hint">{{ block.hint }}</span>
        </header>
        @if (block.rows.length === 0) {
          <p class="word-list__empty">{{ i18n.t('policy.listEmpty') }}</p>
        }
        @for (row of block.rows; track row.entry.key) {
          <div
            class="word-list__row"
            data-testid="word-list-row"
            [attr.data-list]="block.list"
            [attr.data-index]="row.index"
          >
            <input
              class="word-list__term"
              data-testid="word-list-term"
              [attr.aria-label]="i18n.t('policy.term')"
              [placeholder]="i18n.t('policy.term')"
              [attr.aria-invalid]="hasErrors(row.index, 'term')"
              [value]="row.entry.term"
              (input)="change(row.entry.key, { term: $any($event.target).value })"
            />
            <select
              data-testid="word-list-mode"
              [attr.aria-label]="i18n.t('policy.mode')"
              [value]="row.entry.mode"
              (change)="change(row.entry.key, { mode: $any($event.target).value })"
            >
              @for (mode of modeOptions(); track mode.value) {
                <option [value]="mode.value" [selected]="mode.value === row.entry.mode">
                  {{ mode.label }}
                </option>
              }
            </select>
            @if (block.list !== 'allow') {
              <select
                data-testid="word-list-category"
                [attr.aria-label]="i18n.t('policy.category')"
                [value]="row.entry.category"
                (change)="change(row.entry.key, { category: $any($event.target).value })"
              >
                @for (category of categoryOptions(); track category.value) {
                  <option [value]="category.value" [selected]="category.value === row.entry.category">
                    {{ category.label }}
                  </option>
                }
              </select>
            }
            <input
              class="word-list__note"
              data-testid="word-list-note"
              [attr.aria-label]="i18n.t('policy.entryNote')"
              [placeholder]="i18n.t('policy.entryNote')"
              [value]="row.entry.note"
              (input)="change(row.entry.key, { note: $any($event.target).value })"
            />
            <button
              mat-icon-button
              type="button"
              data-testid="word-list-remove"
              [attr.aria-label]="i18n.t('policy.removeEntry', { term: row.entry.term })"
              (click)="removed.emit(row.entry.key)"
            >
              ✕
            </button>
            @for (message of row.messages; track $index) {
              <span class="word-list__error" role="alert">{{ message }}</span>
            }
          </div>
        }
        <button
          mat-button
          type="button"
          [attr.data-testid]="'word-list-add-' + block.list"
          (click)="added.emit(block.list)"
        >
          + {{ i18n.t('policy.addEntry') }}
        </button>
      </section>
    }
  `,
  styles: `
    .word-list {
      padding: 8px 0;
      border-top: 1px solid #eceff1;
    }
    .word-list__header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
    }
    h4 {
      margin: 0;
      font-size: 0.9375rem;
      font-weight: 500;
    }
    .word-list__hint,
    .word-list__empty {
      color: #607d8b;
      font-size: 0.8125rem;
    }
    .word-list__empty {
      margin: 6px 0;
    }
    .word-list__row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 8px;
      padding: 4px 0;
    }
    input,
    select {
      padding: 6px 8px;
      border: 1px solid #b0bec5;
      border-radius: 4px;
      font: inherit;
      font-size: 0.875rem;
      background: #fff;
    }
    input[aria-invalid='true'] {
      border-color: #b3261e;
      background: #fdecea;
    }
    .word-list__term {
      flex: 0 1 200px;
      min-width: 120px;
    }
    .word-list__note {
      flex: 1 1 180px;
      min-width: 120px;
    }
    .word-list__error {
      flex-basis: 100%;
      color: #b3261e;
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class WordListEditorComponent {
  protected readonly i18n = inject(I18n);

  /** Every row of the three lists, in policy order. */
  readonly entries = input.required<readonly WordListEntryForm[]>();
  /** Messages per field path (`wordLists.3.term`, `wordLists.3`), from the API. */
  readonly errors = input<ReadonlyMap<string, readonly string[]>>(new Map());

  /** Emitted with the list a new row goes to. */
  readonly added = output<WordList>();
  /** Emitted when a row is edited. */
  readonly changed = output<WordListEntryEdit>();
  /** Emitted with the key of a removed row. */
  readonly removed = output<number>();

  protected readonly modeOptions = computed(() =>
    WORD_MATCH_MODES.map((mode) => ({ value: mode, label: this.i18n.t(`policy.mode.${mode}` as const) })),
  );
  protected readonly categoryOptions = computed(() =>
    RISK_CATEGORIES.map((category) => ({
      value: category,
      label: this.i18n.t(`category.${category}` as const),
    })),
  );
  protected readonly blocks = computed(() => {
    const errors = this.errors();
    const rows = this.entries().map((entry, index) => ({
      entry,
      index,
      messages: ['', '.term', '.mode', '.category', '.note', '.list'].flatMap(
        (field) => errors.get(`wordLists.${index}${field}`) ?? [],
      ),
    }));
    return WORD_LISTS.map((list) => ({
      list,
      title: this.i18n.t(`policy.list.${list}` as const),
      hint: this.i18n.t(`policy.listHint.${list}` as const),
      rows: rows.filter((row) => row.entry.list === list),
    }));
  });

  protected hasErrors(index: number, field: string): boolean {
    return (this.errors().get(`wordLists.${index}.${field}`)?.length ?? 0) > 0;
  }

  protected change(key: number, changes: WordListEntryEdit['changes']): void {
    this.changed.emit({ key, changes });
  }
}
