export function findBrowser(): { path: string | undefined; source: 'playwright' | 'system' | 'none' };
