/**
 * A quiz item as an Anki note: cloze items whose prompt has one blank become Cloze notes
 * (`{{c1::answer}}` in place of the blank); every other item is a Basic note whose front lists what there
 * is to choose from. The source sentences go in their own field.
 */
import { CLOZE_BLANK } from '../../quiz/model';
import type { ArticleRecord, QuizItemRecord } from '../../store/schema';
import { answerText, questionText, sourceText } from '../item-text';
import { fieldHtml } from './html';
import { BASIC_MODEL_ID, CLOZE_MODEL_ID } from './note-types';

export interface NoteContent {
  modelId: number;
  /** Field values as HTML, in the note type's field order. */
  fields: string[];
  tags: string[];
}

/** Anki tags cannot hold spaces; quotes would confuse its search. */
function tag(prefix: string, value: string): string {
  return `${prefix}::${value.replace(/[\s"]+/g, '_')}`;
}

export function tagsOf(item: QuizItemRecord): string[] {
  const tags = [tag('article', item.articleId), tag('kind', item.kind)];
  if (item.argumentNode) tags.push(tag('node', item.argumentNode));
  return tags;
}

/** The Cloze text, or undefined when the item does not fit one (no single blank, or cloze syntax inside). */
function clozeText(item: QuizItemRecord): string | undefined {
  if (item.kind !== 'cloze') return undefined;
  const parts = item.prompt.split(CLOZE_BLANK);
  if (parts.length !== 2 || !item.answer.trim()) return undefined;
  if (/::|\{\{|\}\}/.test(item.answer) || /\{\{|\}\}/.test(item.prompt)) return undefined;
  return `${fieldHtml(parts[0]!)}{{c1::${fieldHtml(item.answer)}}}${fieldHtml(parts[1]!)}`;
}

export function noteContent(article: ArticleRecord, item: QuizItemRecord): NoteContent {
  const source = fieldHtml(sourceText(article, item));
  const extra = item.explanation ? fieldHtml(item.explanation) : '';
  const tags = tagsOf(item);
  const cloze = clozeText(item);
  if (cloze !== undefined) return { modelId: CLOZE_MODEL_ID, fields: [cloze, extra, source], tags };
  const back = extra ? `${fieldHtml(answerText(item))}<br><br>${extra}` : fieldHtml(answerText(item));
  return { modelId: BASIC_MODEL_ID, fields: [fieldHtml(questionText(item)), back, source], tags };
}
