"use client";

import * as Toast from "@radix-ui/react-toast";
import { useToasts, type ToastTone } from "./toast-store";

const toneClass: Record<ToastTone, string> = {
  success: "border-emerald-300 dark:border-emerald-800",
  error: "border-rose-300 dark:border-rose-800",
};
const dotClass: Record<ToastTone, string> = { success: "bg-emerald-500", error: "bg-rose-500" };

/**
 * Renders the toast store with Radix Toast: announced to screen readers (failures assertively),
 * paused while hovered or focused, dismissed with Escape, a swipe or its button. Mounted once.
 */
export function Toaster() {
  const toasts = useToasts((state) => state.toasts);
  const dismiss = useToasts((state) => state.dismiss);
  return (
    <Toast.Provider swipeDirection="right">
      {toasts.map((toast) => (
        <Toast.Root
          key={toast.id}
          type={toast.tone === "error" ? "foreground" : "background"}
          onOpenChange={(open) => open || dismiss(toast.id)}
          className={`flex items-start gap-3 rounded-lg border bg-white p-3 text-sm shadow-lg dark:bg-slate-900 ${toneClass[toast.tone]}`}
        >
          <span aria-hidden className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${dotClass[toast.tone]}`} />
          <div className="min-w-0 flex-1 space-y-0.5">
            <Toast.Title className="font-medium">{toast.title}</Toast.Title>
            {toast.description ? (
              <Toast.Description className="break-words text-slate-600 dark:text-slate-400">{toast.description}</Toast.Description>
            ) : null}
          </div>
          <Toast.Close
            aria-label="Dismiss notification"
            className="rounded px-1 text-slate-500 hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:hover:text-slate-100"
          >
            <span aria-hidden>×</span>
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="fixed bottom-0 right-0 z-50 flex w-full max-w-sm flex-col gap-2 p-4 outline-none" />
    </Toast.Provider>
  );
}
