/**
 * A workflow that completes only in an unpolluted process: a polluted prototype shows up as an
 * unknown field to strict schemas (the web app) and to additionalProperties (the worker's validate
 * step), which sees inherited keys too.
 */
export const PROTOTYPE_CANARY = {
  steps: [
    { type: "validate", schema: { type: "object", properties: { orderId: { type: "string" } }, additionalProperties: false } },
    { type: "transform", map: { "order.id": "orderId" } },
    "store",
  ],
  input: { orderId: "o-1" },
  result: { orderId: "o-1", order: { id: "o-1" } },
};
