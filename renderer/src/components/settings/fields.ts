import type { TextKey } from '../../lib/settings-form';
import type { FieldSpec } from './Field';

/** Every text or number setting: its label, unit, allowed range and help. Checkboxes are in the groups. */
export const FIELDS: Record<TextKey, FieldSpec> = {
  desiredRetention: {
    label: 'Desired retention',
    unit: '0.70 – 0.99',
    min: 0.7,
    max: 0.99,
    step: 0.01,
    help: 'The chance of recalling a card when it comes due. Higher means shorter intervals and more reviews.',
  },
  maximumInterval: {
    label: 'Maximum interval',
    unit: 'days',
    min: 1,
    max: 36500,
    help: 'No card waits longer than this between reviews.',
  },
  newCardsPerDay: {
    label: 'New cards per day',
    unit: 'cards',
    min: 0,
    max: 9999,
    help: 'How many cards you have never seen are introduced each study day.',
  },
  reviewsPerDay: {
    label: 'Reviews per day',
    unit: 'cards',
    min: 0,
    max: 99999,
    help: 'The most cards in review shown each study day; the rest wait for the next.',
  },
  learningSteps: {
    label: 'Learning steps',
    type: 'text',
    placeholder: '1m 10m',
    help: 'Waits before a new card graduates, separated by spaces: m minutes, h hours, d days (e.g. "1m 10m").',
  },
  relearningSteps: {
    label: 'Relearning steps',
    type: 'text',
    placeholder: '10m',
    help: 'Waits after you forget a card in review, before it returns to review (e.g. "10m").',
  },
  dayStartHour: {
    label: 'A new study day starts at',
    unit: 'o’clock (0 – 23)',
    min: 0,
    max: 23,
    help: 'Late-night study still counts for the day before until this hour.',
  },
  leechThreshold: {
    label: 'Leech threshold',
    unit: 'lapses',
    min: 1,
    max: 99,
    help: 'A card forgotten this many times is tagged as a leech and suspended, so you can rewrite it.',
  },
  reminderTime: {
    label: 'Remind me at',
    type: 'time',
    help: 'The local time of the daily reminder.',
  },
  backupsDaily: {
    label: 'Daily backups kept',
    unit: 'days (1 – 366)',
    min: 1,
    max: 366,
    help: 'The newest backup of each of this many recent days is kept.',
  },
  backupsWeekly: {
    label: 'Weekly backups kept',
    unit: 'weeks (0 – 520)',
    min: 0,
    max: 520,
    help: 'Then the newest of each of this many weeks.',
  },
  backupsMonthly: {
    label: 'Monthly backups kept',
    unit: 'months (0 – 1200)',
    min: 0,
    max: 1200,
    help: 'Then the newest of each of this many months.',
  },
};
