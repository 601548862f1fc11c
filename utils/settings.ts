// The reader's settings, synced across their browsers by the browser's own storage.
import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });

/** Stored settings completed with defaults (settings saved by an older version may lack newer fields). */
export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}
