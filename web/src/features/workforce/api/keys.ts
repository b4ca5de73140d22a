/** Every workforce and training query starts with one of these, so a write refreshes what it changes. */
export const workforceKey = ['workforce'] as const;
export const trainingKey = ['training'] as const;
