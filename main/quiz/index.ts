/** The quiz domain: sentences, simple item generation, answer checking and content-derived item IDs. */
export * from './model';
export { splitSentences } from './sentences';
export { generateSimpleItems, SIMPLE_GENERATOR } from './simple-generator';
export { checkAnswer, type AnswerCheck } from './answer-check';
export { itemId, type ItemIdParts } from './ids';
