/** "1 dead letter", "2 dead letters": a count with its noun, for nouns that take an -s. */
export const plural = (count: number, noun: string) => `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;
