// Placeholder until the feature lands in this change.
export function Component() {
  return <div>province-dashboard</div>;
}
