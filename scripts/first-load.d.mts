export const SPANISH_BEFORE_FIRST_RENDER: string[];
export function firstLoadFiles(dist: string, locale?: 'en' | 'es'): string[];
