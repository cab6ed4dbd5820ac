import type { FieldErrors, FieldValues, Resolver, ResolverOptions } from "react-hook-form";
import { flattenErrors, nestProblems, type FieldLocator, type FieldProblem } from "./field-problems";

/** Form values (JSON still as text) as the request body, with whatever text did not parse. */
export type ToBody<Values, Body> = (values: Values) => { body: Body; problems: FieldProblem[] };

/**
 * Validates a form with the API's own resolver (`zodResolver(apiSchema, undefined, { raw: true })`):
 * the values become the request body, the schema judges that, and each complaint is put back on
 * the field it came from. On success the handler receives the body exactly as it will be sent.
 */
export function apiResolver<Values extends FieldValues, Body extends FieldValues>(
  validate: Resolver<Body, unknown, Body>,
  toBody: ToBody<Values, Body>,
  locate: FieldLocator,
): Resolver<Values, unknown, Body> {
  return async (values, context, options) => {
    const { body, problems } = toBody(values);
    const result = await validate(body, context, options as unknown as ResolverOptions<Body>);
    const schemaProblems = flattenErrors(result.errors).map(({ path, message }) => locate(path, message));
    if (problems.length === 0 && schemaProblems.length === 0) return { values: body, errors: {} };
    return { values: {}, errors: nestProblems([...problems, ...schemaProblems]) as FieldErrors<Values> };
  };
}
