"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { apiResolver } from "@/components/forms/api-resolver";
import { controlClass, Field, FormError, primaryButtonClass } from "@/components/forms/field";
import { submitWithServerErrors } from "@/components/forms/submit-with-server-errors";
import { taskTypes, type TaskType } from "@/lib/tasks/task-enums";
import { createTaskSchema, type CreateTaskInput } from "@/lib/tasks/schemas";
import { dataHints, dataTemplates, emptyTaskForm, locateTaskField, toTaskRequest, type TaskFormValues } from "./task-form-values";

/** The API's own schema judges the form, so the browser refuses exactly what the server would. */
const resolver = apiResolver(zodResolver(createTaskSchema, undefined, { raw: true }), toTaskRequest, locateTaskField);

const untouched = (text: string) => text.trim() === "" || Object.values(dataTemplates).includes(text);

/** The new-task form. It only validates and hands over the request body; `onSubmit` sends it. */
export function NewTaskForm({ onSubmit }: { onSubmit: (body: CreateTaskInput) => Promise<void> }) {
  const form = useForm<TaskFormValues, unknown, CreateTaskInput>({ resolver, defaultValues: emptyTaskForm });
  const { errors, isSubmitting } = form.formState;
  const type = form.watch("type");
  // A new type brings its own template, unless the data was already edited by hand.
  const swapTemplate = (next: TaskType) => untouched(form.getValues("data")) && form.setValue("data", dataTemplates[next]);
  return (
    <form noValidate onSubmit={submitWithServerErrors(form, locateTaskField, onSubmit)} className="max-w-3xl space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Type" name="type" error={errors.type?.message}>
          {(a11y) => (
            <select {...form.register("type", { onChange: (event) => swapTemplate(event.target.value) })} {...a11y} className={controlClass}>
              {taskTypes.map((taskType) => (
                <option key={taskType} value={taskType}>
                  {taskType}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Max retries" name="maxRetries" error={errors.maxRetries?.message} hint="Empty: 3, with backoff from 1 s.">
          {(a11y) => (
            <input
              type="number"
              min={0}
              max={20}
              {...form.register("maxRetries", { setValueAs: (value: string) => (value === "" ? undefined : Number(value)) })}
              {...a11y}
              className={controlClass}
            />
          )}
        </Field>
      </div>
      <Field label="Data (JSON object)" name="data" error={errors.data?.message} hint={dataHints[type]}>
        {(a11y) => <textarea {...form.register("data")} {...a11y} rows={10} spellCheck={false} className={`${controlClass} font-mono text-xs`} />}
      </Field>
      <FormError message={errors.root?.server?.message} />
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
        {isSubmitting ? "Creating…" : "Create task"}
      </button>
    </form>
  );
}
