"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast-store";
import { postForm } from "@/lib/client/post-form";

type Job<Created> = {
  /** "workflow", "task": as it reads in "Could not create the workflow". */
  noun: string;
  url: string;
  /** The first element of every query key of this kind of job, so its lists refresh. */
  queryKey: string;
  pageOf: (created: Created) => string;
};

/**
 * The submit handler of a new-job form: POSTs the body, refreshes the job lists and opens the new
 * job's page, with a toast either way. A refusal is rethrown, so the form also puts the server's
 * word beside the fields it names.
 */
export function useCreateAndOpen<Created>(job: Job<Created>) {
  const router = useRouter();
  const queryClient = useQueryClient();
  return async (body: unknown) => {
    try {
      const created = await postForm<Created>(job.url, body);
      await queryClient.invalidateQueries({ queryKey: [job.queryKey] });
      toast({ tone: "success", title: `${job.noun[0]?.toUpperCase()}${job.noun.slice(1)} created` });
      router.push(job.pageOf(created));
    } catch (error) {
      toast({ tone: "error", title: `Could not create the ${job.noun}`, description: (error as Error).message });
      throw error;
    }
  };
}
