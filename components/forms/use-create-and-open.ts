"use client";

import { useRouter } from "next/navigation";
import { useCreate, type CreateRequest } from "./use-create";

type Job<Created> = Omit<CreateRequest<Created>, "onCreated"> & { pageOf: (created: Created) => string };

/** The submit handler of a new-job form: creates the job (see useCreate), then opens its page. */
export function useCreateAndOpen<Created>({ pageOf, ...job }: Job<Created>) {
  const router = useRouter();
  return useCreate<Created>({ ...job, onCreated: (created) => router.push(pageOf(created)) });
}
