import type { ModerationPolicy } from '@tenor/contracts';

/** A policy like the shipped default: flag at 0.5, hold and reject only for threats, one entry per word list. */
export const POLICY: ModerationPolicy = {
  tone: { positive: 0.05, negative: -0.05 },
  categories: {
    insult: { flag: 0.5, hold: null, reject: null },
    profanity: { flag: 0.5, hold: null, reject: null },
    threat: { flag: 0.4, hold: 0.6, reject: 0.9 },
    hate: { flag: 0.5, hold: null, reject: null },
    spam: { flag: 0.6, hold: null, reject: null },
    personalData: { flag: 0.5, hold: null, reject: null },
  },
  premoderatedSections: ['Politik'],
  wordLists: [
    { list: 'block', term: 'volksverräter', mode: 'word', category: 'hate', note: 'Redaktion, März' },
    { list: 'watch', term: 'idiot', mode: 'compound', category: 'insult' },
    { list: 'allow', term: 'idiotensicher', mode: 'word', category: 'insult' },
  ],
};
