/** Types for vader-sentiment (npm, CommonJS), which ships none. */
declare module 'vader-sentiment' {
  /** VADER's scores for one text. */
  export interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    compound: number;
  }
  /** VADER's analyzer; polarity_scores is static. */
  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): PolarityScores;
  };
}
