"use client";

import { create } from "zustand";

export type ToastTone = "success" | "error";
export type ToastInput = { tone: ToastTone; title: string; description?: string };
export type Toast = ToastInput & { id: number };

type ToastState = { toasts: Toast[]; toast: (input: ToastInput) => void; dismiss: (id: number) => void };

let nextId = 0;

/** The toasts on screen, oldest first. Callers only add; the toaster removes each once it closes. */
export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  toast: (input) => set((state) => ({ toasts: [...state.toasts, { ...input, id: ++nextId }] })),
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

/** Shows a toast from anywhere, event handlers and mutation callbacks included. */
export const toast = (input: ToastInput) => useToasts.getState().toast(input);
