import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../main/api/contract';
import { call, errorMessage } from '../api/client';
import { formOf, refusedFields, settingsOf, type SettingsForm } from '../lib/settings-form';

export type SaveStatus =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'refused'; message: string; fields: Set<keyof SettingsForm> };

type Loaded =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; settings: Settings };

/** Loads the settings into a form, keeps what is typed, and saves it (`onSaved` refreshes what depends on it). */
export function useSettingsForm(onSaved: () => void) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [save, setSave] = useState<SaveStatus>({ status: 'idle' });

  useEffect(() => {
    let cancelled = false;
    call('getSettings').then(
      (settings) => {
        if (cancelled) return;
        setLoaded({ status: 'ready', settings });
        setForm(formOf(settings));
      },
      (error: unknown) => !cancelled && setLoaded({ status: 'error', message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const change = useCallback(<K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => {
    setForm((current) => (current ? { ...current, [key]: value } : current));
    setSave((current) => (current.status === 'saved' ? { status: 'idle' } : current));
  }, []);

  const submit = useCallback(async () => {
    if (loaded.status !== 'ready' || !form) return;
    setSave({ status: 'saving' });
    try {
      const settings = await call('updateSettings', { settings: settingsOf(form, loaded.settings) });
      setLoaded({ status: 'ready', settings });
      setForm(formOf(settings));
      setSave({ status: 'saved' });
      onSaved();
    } catch (error) {
      const message = errorMessage(error);
      setSave({ status: 'refused', message, fields: refusedFields(message) });
    }
  }, [loaded, form, onSaved]);

  return { loaded, form, change, submit, save };
}
