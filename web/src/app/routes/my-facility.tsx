// Placeholder until the feature lands in this change.
export function Component() {
  return <div>my-facility</div>;
}
