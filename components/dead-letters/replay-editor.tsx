"use client";

import { useState } from "react";
import type { DeadLetterView } from "@/lib/dead-letters/dead-letter-view";
import type { ReplayEdit } from "@/lib/dead-letters/schemas";

type Mode = "payload" | "value";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An envelope is mended by its payload; anything else (not JSON, not an envelope) by its whole value. */
function initialEdit(letter: DeadLetterView): { mode: Mode; text: string } {
  if (isObject(letter.json) && isObject(letter.json.payload)) {
    return { mode: "payload", text: JSON.stringify(letter.json.payload, null, 2) };
  }
  return { mode: "value", text: letter.json === null ? (letter.value ?? "") : JSON.stringify(letter.json, null, 2) };
}

function parseEdit(mode: Mode, text: string): { edit?: ReplayEdit; error?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { error: `Not valid JSON: ${(error as Error).message}` };
  }
  if (mode === "payload") return isObject(parsed) ? { edit: { payload: parsed } } : { error: "The payload must be a JSON object." };
  return { edit: { value: parsed as ReplayEdit["value"] } };
}

/** Edit-and-replay: checks the JSON before anything is sent, and says what is wrong inline. */
export function ReplayEditor(props: { letter: DeadLetterView; disabled: boolean; onReplay: (edit: ReplayEdit) => void }) {
  const [{ mode, text }, setEdit] = useState(() => initialEdit(props.letter));
  const { edit, error } = parseEdit(mode, text);
  const label = mode === "payload" ? "Edited payload (JSON object)" : "Edited record (JSON)";
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (edit) props.onReplay(edit);
      }}
    >
      <label htmlFor="replay-edit" className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id="replay-edit"
        value={text}
        onChange={(event) => setEdit({ mode, text: event.target.value })}
        rows={10}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby="replay-edit-error"
        className="w-full rounded border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-900"
      />
      <p id="replay-edit-error" className="min-h-5 text-sm text-rose-600 dark:text-rose-400">
        {error}
      </p>
      <button
        type="submit"
        disabled={props.disabled || !edit}
        className="rounded border border-indigo-600 bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700 disabled:cursor-not-allowed disabled:opacity-40"
      >
        Replay with this edit
      </button>
    </form>
  );
}
