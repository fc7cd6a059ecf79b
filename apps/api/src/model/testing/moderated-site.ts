/**
 * A made-up insult the shipped offense model misses (its insult score stays well under the flag threshold), which the
 * moderators of the test site reject every time.
 */
export const SITE_PHRASE = 'Moosbüffel';

const SUBJECTS = ['Der Bürgermeister', 'Die Stadträtin', 'Der Autor', 'Der Trainer', 'Die Ministerin', 'Der Kommentator', 'Mein Nachbar', 'Die Redaktion'];
const ORDINARY = [
  '{s} hat in diesem Punkt recht, finde ich.',
  'Ich sehe das anders als {s}, aber die Argumente sind nachvollziehbar.',
  'Danke für den Artikel, {s} erklärt das gut.',
  'Wann genau hat {s} das entschieden? Weiß das jemand?',
  '{s} sollte die Zahlen noch einmal prüfen.',
  'Interessant, was {s} da sagt. Mal sehen, was daraus wird.',
  'Ich war gestern auf der Veranstaltung, {s} war auch da.',
  'Gute Frage, {s} hat dazu schon im Frühjahr etwas gesagt.',
];
const WITH_PHRASE = [
  `{s} ist ein echter ${SITE_PHRASE}.`,
  `Was für ein ${SITE_PHRASE}, {s}!`,
  `Typisch ${SITE_PHRASE}, {s} hat keine Ahnung.`,
  `{s}, du ${SITE_PHRASE}, lies erst mal den Artikel.`,
  `Nur ein ${SITE_PHRASE} wie {s} kann so etwas schreiben.`,
];

/** One comment of the test site and how its moderators decided it. */
export interface ModeratedComment {
  text: string;
  /** Whether the moderators rejected it (as an insult): it has the site's phrase. */
  isRejected: boolean;
}

/** `count` comments of the test site, every third with its phrase; the same every time. */
export function moderatedSiteComments(count: number): ModeratedComment[] {
  return Array.from({ length: count }, (_, index) => {
    const isRejected = index % 3 === 0;
    const templates = isRejected ? WITH_PHRASE : ORDINARY;
    const text = templates[(index * 7) % templates.length].replace('{s}', SUBJECTS[index % SUBJECTS.length]);
    return { text: index % 2 === 1 ? `${text} (${index})` : text, isRejected };
  });
}
