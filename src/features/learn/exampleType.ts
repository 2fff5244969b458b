/* The shape of one example: its own file so the names and the data both read it without importing each other. */
export interface Example {
  id: string;
  label: string;
  source: string;
  kind: 'JWS' | 'JWE' | 'SD-JWT';
  token: string;
  keyText: string;
  keyEncoding: 'utf8';
  note?: string;
}
