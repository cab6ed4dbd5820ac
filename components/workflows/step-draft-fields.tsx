"use client";

import { useFormContext } from "react-hook-form";
import { controlClass, Field, secondaryButtonClass } from "@/components/forms/field";
import { stepRegistry, stepTypes } from "@/lib/workflows/steps";
import type { WorkflowFormValues } from "./workflow-form-values";

/** What each type's options look like; shown as the empty textarea's placeholder. */
const optionExamples: Record<string, string> = {
  validate: '{ "schema": { "type": "object", "required": ["orderId"] } }',
  transform: '{ "map": { "customer": "order.customer" }, "set": { "seen": true } }',
  store: '{ "key": "order" }',
  delay: '{ "ms": 1000 }',
  http: '{ "url": "http://127.0.0.1:8080/hook", "method": "POST" }',
  emit: '{ "eventType": "order.checked" }',
};

/** One step of the new-workflow form: its type and its options. */
export function StepDraftFields({ index, onRemove }: { index: number; onRemove?: () => void }) {
  const { register, watch, formState } = useFormContext<WorkflowFormValues>();
  const type = watch(`steps.${index}.type`);
  const errors = formState.errors.steps?.[index];
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-medium">Step {index + 1}</legend>
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <Field label="Type" name={`steps.${index}.type`} error={errors?.type?.message} hint={stepRegistry.get(type)?.summary}>
          {(a11y) => (
            <select {...register(`steps.${index}.type`)} {...a11y} className={controlClass}>
              {stepTypes.map((stepType) => (
                <option key={stepType} value={stepType}>
                  {stepType}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Options (JSON object; empty for the defaults)" name={`steps.${index}.options`} error={errors?.options?.message}>
          {(a11y) => (
            <textarea
              {...register(`steps.${index}.options`)}
              {...a11y}
              rows={2}
              spellCheck={false}
              placeholder={optionExamples[type]}
              className={`${controlClass} font-mono text-xs`}
            />
          )}
        </Field>
      </div>
      {onRemove ? (
        <button type="button" onClick={onRemove} className={secondaryButtonClass} aria-label={`Remove step ${index + 1}`}>
          Remove
        </button>
      ) : null}
    </fieldset>
  );
}
