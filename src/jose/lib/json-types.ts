/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object: a JWT Claims Set, a JOSE header, a JWK. */
export type JsonObject = { [key: string]: JsonValue };

/** Where a value sits in a JSON document: member names and array indexes from the top. */
export type JsonPath = (string | number)[];

/** Where a member (or array element) sits in the JSON text, in UTF-16 character offsets. */
export interface JsonMember {
  path: JsonPath;
  /** Range of the member name including its quotes; absent for array elements. */
  keyStart?: number;
  keyEnd?: number;
  valueStart: number;
  valueEnd: number;
}
