"use client";

import { useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast-store";
import { postForm } from "@/lib/client/post-form";

export type CreateRequest<Created> = {
  /** "workflow", "API key": as it reads in "Could not create the workflow". */
  noun: string;
  url: string;
  /** The first element of every query key of this kind of record, so its lists refresh. */
  queryKey: string;
  /** What the page does with the new record once the lists know it. */
  onCreated?: (created: Created) => void;
};

/**
 * The submit handler of a create form: POSTs the body, refreshes the lists and hands over what was
 * created, with a toast either way. A refusal is rethrown, so the form also puts the server's word
 * beside the fields it names.
 */
export function useCreate<Created>(request: CreateRequest<Created>) {
  const queryClient = useQueryClient();
  return async (body: unknown) => {
    try {
      const created = await postForm<Created>(request.url, body);
      await queryClient.invalidateQueries({ queryKey: [request.queryKey] });
      toast({ tone: "success", title: `${request.noun[0]?.toUpperCase()}${request.noun.slice(1)} created` });
      request.onCreated?.(created);
    } catch (error) {
      toast({ tone: "error", title: `Could not create the ${request.noun}`, description: (error as Error).message });
      throw error;
    }
  };
}
