"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFeedback } from "./use-feedback";

/**
 * A change to listed records that says how it went (inline and in a toast, see useFeedback) and
 * then refreshes every query under `queryKey`. It stays pending until the list has been read
 * again, so a control can show the change it asked for until the list shows it too.
 */
export function useReportedMutation<Result, Variables>(options: {
  queryKey: string;
  mutationFn: (variables: Variables) => Promise<Result>;
  success: (result: Result, variables: Variables) => string;
  failure: (error: Error, variables: Variables) => string;
}) {
  const queryClient = useQueryClient();
  const { feedback, report } = useFeedback();
  const mutation = useMutation({
    mutationFn: options.mutationFn,
    onSuccess: (result, variables) => report({ tone: "success", message: options.success(result, variables) }),
    onError: (error, variables) => report({ tone: "error", message: options.failure(error, variables) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [options.queryKey] }),
  });
  return { mutation, feedback };
}
