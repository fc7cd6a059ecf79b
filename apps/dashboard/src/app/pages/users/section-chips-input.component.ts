import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, inject, input, model } from '@angular/core';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { I18n, normalizeSections } from '@tenor/dashboard/data-access';

/** Sections as removable chips; Enter or a comma adds what was typed. */
@Component({
  selector: 'tenor-section-chips-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatChipsModule, MatFormFieldModule],
  template: `
    <mat-form-field class="section-chips" subscriptSizing="dynamic">
      <mat-label>{{ label() ?? i18n.t('users.sections') }}</mat-label>
      <mat-chip-grid #chipGrid [attr.aria-label]="label() ?? i18n.t('users.sections')">
        @for (section of sections(); track section) {
          <mat-chip-row (removed)="remove(section)">
            {{ section }}
            <button
              matChipRemove
              type="button"
              [attr.aria-label]="i18n.t('users.removeSection', { section })"
            >
              ✕
            </button>
          </mat-chip-row>
        }
        <input
          [attr.data-testid]="testId()"
          [matChipInputFor]="chipGrid"
          [matChipInputSeparatorKeyCodes]="separatorKeys"
          [matChipInputAddOnBlur]="true"
          (matChipInputTokenEnd)="add($event)"
        />
      </mat-chip-grid>
      <mat-hint>{{ hint() ?? i18n.t('users.sectionsHint') }}</mat-hint>
    </mat-form-field>
  `,
  styles: `
    .section-chips {
      width: 100%;
    }
  `,
})
export class SectionChipsInputComponent {
  protected readonly i18n = inject(I18n);

  /** The sections; empty means every section. */
  readonly sections = model<readonly string[]>([]);
  /** data-testid of the text input. */
  readonly testId = input('section-input');
  /** The field's label; null for the users' "Rubriken". */
  readonly label = input<string | null>(null);
  /** The hint below; null for the users' (empty means every section). */
  readonly hint = input<string | null>(null);

  protected readonly separatorKeys = [ENTER, COMMA] as const;

  protected add(event: MatChipInputEvent): void {
    if (event.value.trim() !== '') {
      this.sections.set(normalizeSections([...this.sections(), event.value]));
    }
    event.chipInput.clear();
  }

  protected remove(section: string): void {
    this.sections.set(this.sections().filter((existing) => existing !== section));
  }
}
