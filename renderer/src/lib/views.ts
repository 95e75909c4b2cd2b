/** The views the header switches between. */
export const VIEWS = [
  { id: 'study', label: 'Study' },
  { id: 'stats', label: 'Statistics' },
  { id: 'settings', label: 'Settings' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];
