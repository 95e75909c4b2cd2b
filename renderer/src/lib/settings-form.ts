/**
 * The Settings form's values are the text the user typed; they become a `Settings` object only on Save,
 * and the main process judges them (its message names the field it refused).
 */
import type { Settings } from '../../../main/api/contract';

export interface SettingsForm {
  desiredRetention: string;
  maximumInterval: string;
  enableFuzz: boolean;
  newCardsPerDay: string;
  reviewsPerDay: string;
  learningSteps: string;
  relearningSteps: string;
  dayStartHour: string;
  leechThreshold: string;
  reminderEnabled: boolean;
  reminderTime: string;
  backupsDaily: string;
  backupsWeekly: string;
  backupsMonthly: string;
}

export type TextKey = {
  [K in keyof SettingsForm]: SettingsForm[K] extends string ? K : never;
}[keyof SettingsForm];

export function formOf(settings: Settings): SettingsForm {
  return {
    desiredRetention: String(settings.desiredRetention),
    maximumInterval: String(settings.maximumInterval),
    enableFuzz: settings.enableFuzz,
    newCardsPerDay: String(settings.newCardsPerDay),
    reviewsPerDay: String(settings.reviewsPerDay),
    learningSteps: settings.learningSteps.join(' '),
    relearningSteps: settings.relearningSteps.join(' '),
    dayStartHour: String(settings.dayStartHour),
    leechThreshold: String(settings.leechThreshold),
    reminderEnabled: settings.reminder.enabled,
    reminderTime: settings.reminder.time,
    backupsDaily: String(settings.backups.daily),
    backupsWeekly: String(settings.backups.weekly),
    backupsMonthly: String(settings.backups.monthly),
  };
}

/** "" is no number (Number("") would be 0): it goes as NaN, sent as null, and is refused by name. */
function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));
}

const stepsOf = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** The settings to save: the form's values over the current settings (which keeps fitted parameters). */
export function settingsOf(form: SettingsForm, base: Settings): Settings {
  return {
    ...base,
    desiredRetention: numberOf(form.desiredRetention),
    maximumInterval: numberOf(form.maximumInterval),
    enableFuzz: form.enableFuzz,
    newCardsPerDay: numberOf(form.newCardsPerDay),
    reviewsPerDay: numberOf(form.reviewsPerDay),
    learningSteps: stepsOf(form.learningSteps),
    relearningSteps: stepsOf(form.relearningSteps),
    dayStartHour: numberOf(form.dayStartHour),
    leechThreshold: numberOf(form.leechThreshold),
    reminder: { enabled: form.reminderEnabled, time: form.reminderTime },
    backups: {
      daily: numberOf(form.backupsDaily),
      weekly: numberOf(form.backupsWeekly),
      monthly: numberOf(form.backupsMonthly),
    },
  };
}

const FIELD_OF: Record<string, keyof SettingsForm> = {
  'reminder.enabled': 'reminderEnabled',
  'reminder.time': 'reminderTime',
  'backups.daily': 'backupsDaily',
  'backups.weekly': 'backupsWeekly',
  'backups.monthly': 'backupsMonthly',
};

/** The form fields a refusal names ("settings.desiredRetention: Too big…"), to mark them invalid. */
export function refusedFields(message: string): Set<keyof SettingsForm> {
  const fields = new Set<keyof SettingsForm>();
  for (const [, path] of message.matchAll(/settings\.([A-Za-z]+(?:\.[A-Za-z]+)?)/g)) {
    if (!path) continue;
    const field = FIELD_OF[path] ?? (path.split('.')[0] as keyof SettingsForm);
    fields.add(field);
  }
  return fields;
}
