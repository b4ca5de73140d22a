import { NumberInput, type NumberInputProps } from '@mantine/core';

/** The API's ceiling for one amount: 10^13 VND. */
export const maxVnd = 10_000_000_000_000;

/**
 * An amount in whole VND typed the Vietnamese way ("1.500.000"): no decimals (VND has no minor
 * unit), never negative, capped at the API's ceiling so the form cannot send what the API refuses.
 */
export function MoneyInput(props: Omit<NumberInputProps, 'decimalScale' | 'thousandSeparator' | 'decimalSeparator'>) {
  return (
    <NumberInput
      thousandSeparator="."
      decimalSeparator=","
      decimalScale={0}
      allowDecimal={false}
      allowNegative={false}
      min={0}
      max={maxVnd}
      clampBehavior="strict"
      suffix=" ₫"
      hideControls
      inputMode="numeric"
      {...props}
    />
  );
}
