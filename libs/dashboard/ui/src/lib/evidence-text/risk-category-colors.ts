import type { RiskCategory } from '@tenor/contracts';

/** Colours of a risk category: a light background for highlighted text and a strong accent for borders and dots. */
export interface RiskCategoryColors {
  highlight: string;
  accent: string;
}

/** One colour pair per category (Material palette 100 and 700 shades), shared by highlights and chips. */
export const RISK_CATEGORY_COLORS: Record<RiskCategory, RiskCategoryColors> = {
  insult: { highlight: '#ffcdd2', accent: '#d32f2f' },
  profanity: { highlight: '#ffe0b2', accent: '#f57c00' },
  threat: { highlight: '#e1bee7', accent: '#7b1fa2' },
  hate: { highlight: '#f8bbd0', accent: '#c2185b' },
  spam: { highlight: '#c5cae9', accent: '#303f9f' },
  personalData: { highlight: '#b2dfdb', accent: '#00796b' },
};
