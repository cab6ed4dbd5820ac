/** At most `max` at once: `enter` answers how to leave, or null when every place is taken. */
export function concurrencyLimit(max: number) {
  let active = 0;
  return {
    enter(): (() => void) | null {
      if (active >= max) return null;
      active++;
      let left = false;
      return () => {
        if (left) return;
        left = true;
        active--;
      };
    },
    get active() {
      return active;
    },
  };
}
