"use client";

import { create } from "zustand";

/** Whether the live-update stream is connected; pages fall back to refetching while it is not. */
export const useLiveStatus = create<{ connected: boolean; setConnected: (connected: boolean) => void }>((set) => ({
  connected: false,
  setConnected: (connected) => set({ connected }),
}));
