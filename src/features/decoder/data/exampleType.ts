/* The shape of one example: its own file so the names and the data both read it without importing each other. */
export interface Example {
  id: string;
  group: string;
  label: string;
  token: string;
  /** The key that verifies or decrypts it ('' when none is published). */
  key: string;
  encoding: 'utf8' | 'base64' | 'base64url' | 'hex';
}
