export function firstLoadFiles(dist: string): string[];
