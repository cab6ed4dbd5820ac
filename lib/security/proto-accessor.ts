/**
 * Whether this process runs with Node's `--disable-proto` (as `npm start`, Docker and the tests
 * start it): then `obj.__proto__` is an ordinary property and no data can reach a prototype by it.
 */
export const protoAccessorDisabled = () => !Object.hasOwn(Object.prototype, "__proto__");

export const PROTO_ACCESSOR_WARNING = "running without --disable-proto=delete: start the process as scripts/services.ts does";
