"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useFieldArray, useForm } from "react-hook-form";
import { apiResolver } from "@/components/forms/api-resolver";
import { controlClass, Field, FormError, primaryButtonClass, secondaryButtonClass } from "@/components/forms/field";
import { submitWithServerErrors } from "@/components/forms/submit-with-server-errors";
import { priorities } from "@/lib/workflows/workflow-enums";
import { createWorkflowSchema, type CreateWorkflowInput } from "@/lib/workflows/schemas";
import { StepDraftFields } from "./step-draft-fields";
import { emptyWorkflowForm, locateWorkflowField, toWorkflowRequest, type WorkflowFormValues } from "./workflow-form-values";

/** The API's own schema judges the form, so the browser refuses exactly what the server would. */
const resolver = apiResolver(zodResolver(createWorkflowSchema, undefined, { raw: true }), toWorkflowRequest, locateWorkflowField);

/** The new-workflow form. It only validates and hands over the request body; `onSubmit` sends it. */
export function NewWorkflowForm({ onSubmit }: { onSubmit: (body: CreateWorkflowInput) => Promise<void> }) {
  const form = useForm<WorkflowFormValues, unknown, CreateWorkflowInput>({ resolver, defaultValues: emptyWorkflowForm });
  const steps = useFieldArray({ control: form.control, name: "steps" });
  const { errors, isSubmitting } = form.formState;
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submitWithServerErrors(form, locateWorkflowField, onSubmit)} className="max-w-3xl space-y-4">
        <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
          <Field label="Name" name="name" error={errors.name?.message}>
            {(a11y) => <input {...form.register("name")} {...a11y} className={controlClass} />}
          </Field>
          <Field label="Priority" name="priority" error={errors.priority?.message}>
            {(a11y) => (
              <select {...form.register("priority")} {...a11y} className={controlClass}>
                {priorities.map((priority) => (
                  <option key={priority} value={priority}>
                    {priority}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold">Steps, run in order</legend>
          {steps.fields.map((step, index) => (
            <StepDraftFields key={step.id} index={index} onRemove={steps.fields.length > 1 ? () => steps.remove(index) : undefined} />
          ))}
          <FormError message={errors.steps?.root?.message} />
          <button type="button" onClick={() => steps.append({ type: "validate", options: "" })} className={secondaryButtonClass}>
            Add step
          </button>
        </fieldset>
        <Field label="Input (JSON object): the first step's data" name="input" error={errors.input?.message}>
          {(a11y) => <textarea {...form.register("input")} {...a11y} rows={4} spellCheck={false} className={`${controlClass} font-mono text-xs`} />}
        </Field>
        <FormError message={errors.root?.server?.message} />
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
          {isSubmitting ? "Creating…" : "Create workflow"}
        </button>
      </form>
    </FormProvider>
  );
}
