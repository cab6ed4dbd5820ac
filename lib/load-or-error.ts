/** For pages that show what failed instead of failing: the data, or the error's message. */
export async function loadOrError<T>(load: () => Promise<T>): Promise<{ data: T } | { error: string }> {
  try {
    return { data: await load() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
