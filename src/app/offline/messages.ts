/**
 * Every word the offline feature shows, in one place so the translation pass (issue 19's Spanish
 * half) can move them into its catalogue by these keys.
 */
export const OFFLINE_MESSAGES = {
  /** The region's accessible name. */
  updateRegion: 'Update available',
  updateReady: 'A new version is ready.',
  updateNote: 'Reloading starts the page afresh: tokens and keys you pasted are not kept.',
  reload: 'Reload',
  later: 'Not now',
} as const;
