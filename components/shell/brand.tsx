/** The product's name, at the top of the sidebar and of the narrow-screen bar. */
export function Brand() {
  return <span className="text-lg font-semibold tracking-tight">StreamOps</span>;
}
