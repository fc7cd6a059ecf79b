/** What a GDPR erasure does with an author's comments: delete them, or keep them for statistics without personal data. */
export const ERASURE_MODES = ['delete', 'anonymise'] as const;
/** An erasure mode. */
export type ErasureMode = (typeof ERASURE_MODES)[number];

/** The author name anonymised comments carry. */
export const ANONYMISED_AUTHOR = 'anonymisiert';

/** POST /api/privacy/erasures (admins): every comment of one author, matched by the exact name. */
export interface ErasureRequest {
  author: string;
  mode: ErasureMode;
  /** The request's ticket number, for the record. */
  reference?: string;
}

/** The record of one erasure request; the author only as the SHA-256 of the normalised name. */
export interface ErasureView {
  id: number;
  at: string;
  actor: string;
  mode: ErasureMode;
  reference: string | null;
  /** Hex SHA-256 of the name after Unicode NFKC, trimming, single spaces and lower case: matches a repeated request. */
  authorHash: string;
  /** Comments deleted or anonymised by this request (0 for a repeat). */
  comments: number;
  /** Their audit events deleted (delete) or whose notes were removed (anonymise). */
  events: number;
}

/** GET /api/privacy/authors?author=…: what an erasure for this name would touch, and earlier requests for it. */
export interface AuthorErasurePreview {
  author: string;
  authorHash: string;
  comments: number;
  events: number;
  earlierErasures: ErasureView[];
}
