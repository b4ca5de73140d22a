/** Every fundraising query sits under this key: a ledger write refreshes them all (totals, statement, stock, donors, figures). */
export const fundraisingKey = ['fundraising'] as const;
