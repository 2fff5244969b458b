/**
 * The engine's findings, reading problems and errors in Spanish, by their stable code and the
 * `params` the engine attaches (the values its English message interpolates). Untrusted values
 * (a kid, a URL, an alg from the token) arrive already bounded and quoted by the engine's echo(),
 * so they are inserted as they are. Typed as complete records: a code added to FINDING_CODES,
 * ProblemCode or JoseErrorCode without Spanish fails to compile (and engine-messages.test.ts).
 * Loaded lazily by loadEngineMessages('es'); wording follows GLOSSARY.es.md.
 */
export { SEGMENTS_ES } from './engine-es/format.ts';
export { FINDINGS_ES } from './engine-es/findings.ts';
export { PROBLEMS_ES, NOTICES_ES } from './engine-es/reading.ts';
export { ERROR_SUMMARY_ES, ERRORS_ES } from './engine-es/errors.ts';
