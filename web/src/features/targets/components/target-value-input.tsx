import { NumberInput, type NumberInputProps } from '@mantine/core';
import { MoneyInput, maxVnd } from '@/components/money-input';
import type { Indicator } from '../api/get-province-progress';

/** A target's value in the indicator's unit: VND as money, a share 0–100 with one decimal, a count whole. */
export function TargetValueInput({ unit, ...props }: Omit<NumberInputProps, 'decimalScale' | 'thousandSeparator' | 'decimalSeparator'> & { unit: Indicator['unit'] | undefined }) {
  if (unit === 'Vnd') return <MoneyInput {...props} />;
  return (
    <NumberInput
      thousandSeparator="."
      decimalSeparator=","
      decimalScale={unit === 'Percent' ? 1 : 0}
      allowNegative={false}
      min={0}
      max={unit === 'Percent' ? 100 : maxVnd}
      suffix={unit === 'Percent' ? ' %' : undefined}
      hideControls
      {...props}
    />
  );
}
