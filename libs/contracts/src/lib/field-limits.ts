/** The longest text each stored article field takes, in characters: the lengths of their database columns. */
export const ARTICLE_FIELD_LIMITS = { externalId: 200, title: 500, url: 2000, sourceFile: 500, section: 100 } as const;

/** The same for comments; the body (a text column) is limited by the API's own rules, not by the database. */
export const COMMENT_FIELD_LIMITS = { externalId: 200, articleExternalId: 200, author: 200, title: 500 } as const;
