import { importKey, isJoseError } from '../../../jose/index.ts';
import { publicKeyProblem } from '../../../lib/shareLink.ts';

/** Why the key may not go in the link, or null: only a public key the engine reads as one. */
export async function keyRefusal(keyText: string): Promise<string | null> {
  const problem = publicKeyProblem(keyText);
  if (problem) return problem;
  try {
    const key = await importKey(keyText);
    const keys = key.type === 'set' ? key.keys : [key];
    return keys.every((k) => k.type === 'public') ? null : 'This is not a public key';
  } catch (error) {
    return `The key cannot be read: ${isJoseError(error) ? error.message : String(error)}`;
  }
}

