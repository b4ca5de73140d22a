// Placeholder until the feature lands in this change.
export function Component() {
  return <div>facility-home</div>;
}
