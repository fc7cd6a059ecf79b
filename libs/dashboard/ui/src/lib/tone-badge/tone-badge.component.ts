import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ToneResult } from '@tenor/contracts';
import { formatCompound } from '../format/format';

/** A small pill showing a tone label and its compound, coloured by label. */
@Component({
  selector: 'tenor-tone-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'tone-badge',
    '[class.tone-badge--negative]': "tone().label === 'negative'",
    '[class.tone-badge--neutral]': "tone().label === 'neutral'",
    '[class.tone-badge--positive]': "tone().label === 'positive'",
    '[attr.data-tone]': 'tone().label',
  },
  template: `<span class="tone-badge__label">{{ label() }}</span> <span class="tone-badge__compound">{{ compound() }}</span>`,
  styles: `
    :host {
      display: inline-flex;
      align-items: baseline;
      gap: 4px;
      padding: 2px 10px;
      border-radius: 12px;
      font-size: 0.8125rem;
      line-height: 1.5;
      white-space: nowrap;
      background: #eceff1;
      color: #37474f;
    }
    :host(.tone-badge--negative) {
      background: #ffebee;
      color: #b71c1c;
    }
    :host(.tone-badge--positive) {
      background: #e8f5e9;
      color: #1b5e20;
    }
    .tone-badge__compound {
      font-variant-numeric: tabular-nums;
      opacity: 0.85;
    }
  `,
})
export class ToneBadgeComponent {
  /** The tone to show. */
  readonly tone = input.required<ToneResult>();
  /** The translated tone label. */
  readonly label = input.required<string>();
  /** Locale for the compound number. */
  readonly locale = input('de-DE');

  protected readonly compound = computed(() => formatCompound(this.tone().compound, this.locale()));
}
