import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { RiskCategory } from '@tenor/contracts';
import { RISK_CATEGORY_COLORS } from './risk-category-colors';
import { CategorizedEvidenceSpan, TextSegment, segmentText } from './segment-text';

interface RenderedSegment {
  segment: TextSegment;
  isHighlighted: boolean;
  tooltip: string;
  background: string | null;
  underline: string | null;
}

/** Renders a comment text as plain spans and `<mark>`s built from evidence offsets, never through innerHTML. */
@Component({
  selector: 'tenor-evidence-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tenor-evidence-text' },
  template: `@for (rendered of renderedSegments(); track rendered.segment.start) {@if (rendered.isHighlighted) {<mark
        data-testid="evidence-mark"
        class="evidence"
        [class.evidence--overlap]="rendered.segment.categories.length > 1"
        [attr.data-categories]="rendered.segment.categories.join(' ')"
        [attr.data-rules]="rendered.segment.rules.join(' ')"
        [style.background-color]="rendered.background"
        [style.border-bottom-color]="rendered.underline"
        [title]="rendered.tooltip"
      >{{ rendered.segment.text }}</mark>} @else {<span>{{ rendered.segment.text }}</span>}}`,
  styles: `
    :host {
      display: block;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      line-height: 1.5;
    }
    .evidence {
      color: inherit;
      border-radius: 2px;
      border-bottom: 2px solid transparent;
      padding: 0 1px;
      cursor: help;
    }
    .evidence--overlap {
      outline: 1px dashed currentColor;
    }
  `,
})
export class EvidenceTextComponent {
  /** The text exactly as scored or as shown; spans are aligned to it. */
  readonly text = input.required<string>();
  /** Evidence spans to highlight, with their categories. */
  readonly spans = input<readonly CategorizedEvidenceSpan[]>([]);
  /** Display names of the categories for tooltips; the category id is used where a name is missing. */
  readonly categoryLabels = input<Partial<Record<RiskCategory, string>>>({});

  /** The text cut into segments, each with its colours and rule tooltip. */
  protected readonly renderedSegments = computed<RenderedSegment[]>(() => {
    const labels = this.categoryLabels();
    return segmentText(this.text(), this.spans()).map((segment) => {
      const firstCategory = segment.categories[0];
      return {
        segment,
        isHighlighted: firstCategory !== undefined,
        tooltip: segment.categories.length === 0 ? '' : `${segment.categories.map((category) => labels[category] ?? category).join(', ')}: ${segment.rules.join(', ')}`,
        background: firstCategory === undefined ? null : RISK_CATEGORY_COLORS[firstCategory].highlight,
        underline: firstCategory === undefined ? null : RISK_CATEGORY_COLORS[firstCategory].accent,
      };
    });
  });
}
