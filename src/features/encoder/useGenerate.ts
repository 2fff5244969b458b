import { useMutation } from '@tanstack/react-query';
import { generateKeyInWorker } from '../../lib/generate-key/generateKeyInWorker.ts';
import type { Curve, JweEnc } from '../../jose/index.ts';
import { isEncryptAlg, type EncoderAlg } from './algorithms.ts';
import type { GeneratedPair } from './state.ts';

export interface GenerateRequest {
  alg: EncoderAlg;
  enc: JweEnc;
  size?: number;
  crv?: string;
}

export interface GenerateOutcome {
  generated: GeneratedPair;
  /** What goes in the key field: the private key to sign, the recipient's public key to encrypt, or the password. */
  keyText: string;
}

/** Generates in the worker (RSA never blocks the page) and decides which half goes in the key field. */
export async function generateForEncoder(request: GenerateRequest): Promise<GenerateOutcome> {
  const made = await generateKeyInWorker(request.alg, {
    ...(request.size ? { modulusLength: request.size as 2048 | 3072 | 4096 } : {}),
    ...(request.crv ? { crv: request.crv as Curve } : {}),
    ...(request.alg === 'dir' ? { enc: request.enc } : {}),
  });
  const privateJwk = JSON.stringify(made.privateJwk, null, 2);
  const publicJwk = made.publicJwk ? JSON.stringify(made.publicJwk, null, 2) : undefined;
  const generated: GeneratedPair = { alg: request.alg, privateJwk, ...(publicJwk ? { publicJwk } : {}), ...(made.password !== undefined ? { password: made.password } : {}), ms: made.ms };
  const keyText = made.password ?? (publicJwk && isEncryptAlg(request.alg) ? publicJwk : privateJwk);
  return { generated, keyText };
}

export function useGenerateKey(onDone: (outcome: GenerateOutcome) => void) {
  return useMutation({ mutationFn: generateForEncoder, onSuccess: onDone });
}
