export const communicationKey = ['communication'] as const;
export const charityKey = ['charity'] as const;
