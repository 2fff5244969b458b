/**
 * ROCA (CVE-2017-15361, Nemec et al., CCS 2017): RSA moduli from Infineon's RSALib have the form
 * k·M + (65537^a mod M), so for each small prime p the modulus mod p lies in the subgroup that 65537
 * generates mod p. Random moduli pass all 38 checks with negligible probability; such keys can be
 * factored, so a signature from one proves nothing.
 */
const PRIMES = [3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167];

let subgroups: Set<number>[] | undefined;

function powersOf65537(p: number): Set<number> {
  const out = new Set<number>();
  let v = 1;
  const g = 65537 % p;
  do {
    out.add(v);
    v = (v * g) % p;
  } while (!out.has(v));
  return out;
}

/** True when the modulus has the ROCA fingerprint. */
export function hasRocaFingerprint(n: bigint): boolean {
  subgroups ??= PRIMES.map(powersOf65537);
  return PRIMES.every((p, i) => subgroups![i]!.has(Number(n % BigInt(p))));
}
