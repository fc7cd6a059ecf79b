import { RISK_CATEGORIES } from '@tenor/contracts';
import { errorBodyOf } from '../api/api-failure';
import type { PolicyForm } from './policy-form';

/** A validation message of the API split into the setting it names (`categories.insult.reject`) and its text. */
export interface PolicyMessage {
  /** The setting's path with indexes written as `.3`; null when the message names none. */
  path: string | null;
  text: string;
}

/** Validation messages sorted to the fields of a form, and those no field of it shows. */
export interface PolicyMessagePlacement {
  /** Messages per field path, in the order the API sent them. */
  byPath: ReadonlyMap<string, readonly string[]>;
  /** Whole messages that name no field of the form. */
  unplaced: readonly string[];
}

/** A path at the start of a message: dotted names and indexes, then a colon ("wordLists[2].term: must not be empty"). */
const MESSAGE_PATH = /^([A-Za-z_$][\w$]*(?:\.[\w$]+|\[\d+\])*)\s*:(.+)$/s;

/** The validation messages of a 400 answer (ApiErrorBody.message as a list), or none for any other failure. */
export function validationMessagesOf(error: unknown): string[] {
  if (typeof error !== 'object' || error === null || !('status' in error) || error.status !== 400) {
    return [];
  }
  const body = errorBodyOf(error);
  if (typeof body !== 'object' || body === null || !('message' in body)) {
    return [];
  }
  const { message } = body;
  if (typeof message === 'string') return [message];
  return Array.isArray(message) ? message.filter((line): line is string => typeof line === 'string') : [];
}

/** Splits a message into the path it starts with (without the request's `policy.` wrapper) and the rest. */
export function parsePolicyMessage(message: string): PolicyMessage {
  const match = MESSAGE_PATH.exec(message.trim());
  if (match === null) {
    return { path: null, text: message.trim() };
  }
  const path = match[1].replace(/\[(\d+)\]/g, '.$1').replace(/^policy\./, '');
  return { path, text: match[2].trim() };
}

/** The field paths a policy form shows messages at: each input, each category and word-list row, and each block. */
export function policyFieldPaths(form: PolicyForm): Set<string> {
  const paths = new Set(['tone', 'tone.positive', 'tone.negative', 'categories', 'premoderatedSections']);
  paths.add('wordLists').add('note');
  for (const category of RISK_CATEGORIES) {
    paths.add(`categories.${category}`);
    for (const field of ['flag', 'hold', 'reject']) paths.add(`categories.${category}.${field}`);
  }
  form.wordLists.forEach((_row, index) => {
    paths.add(`wordLists.${index}`);
    for (const field of ['list', 'term', 'mode', 'category', 'note'])
      paths.add(`wordLists.${index}.${field}`);
  });
  return paths;
}

/**
 * Puts each message beside the most specific field of the form its path falls under: `categories.insult.reject`
 * beside that input, `wordLists.4.mode` beside row 4's mode or else row 4 or else the word lists; messages under
 * no shown field are listed apart, whole.
 */
export function placePolicyMessages(
  messages: readonly string[],
  fieldPaths: ReadonlySet<string>,
): PolicyMessagePlacement {
  const byPath = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const message of messages) {
    const { path, text } = parsePolicyMessage(message);
    const field = path === null ? null : closestField(path, fieldPaths);
    if (field === null) {
      unplaced.push(message);
      continue;
    }
    // Beside its own input the text suffices; beside a row or block the message keeps its path.
    byPath.set(field, [...(byPath.get(field) ?? []), field === path ? text : message]);
  }
  return { byPath, unplaced };
}

function closestField(path: string, fieldPaths: ReadonlySet<string>): string | null {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length--) {
    const candidate = parts.slice(0, length).join('.');
    if (fieldPaths.has(candidate)) return candidate;
  }
  return null;
}
