const digits = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const scales = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'];

/** Reads 0–999 the way an amount is written out; `full` reads the hundreds ("không trăm") inside a larger number. */
function readGroup(value: number, full: boolean): string {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const units = value % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(digits[hundreds], 'trăm');
  if (tens === 0 && units > 0 && (hundreds > 0 || full)) words.push('linh');
  else if (tens === 1) words.push('mười');
  else if (tens > 1) words.push(digits[tens], 'mươi');
  if (units === 1 && tens > 1) words.push('mốt');
  else if (units === 5 && tens > 0) words.push('lăm');
  else if (units > 0) words.push(digits[units]);
  return words.join(' ');
}

/**
 * An amount of VND in Vietnamese words as receipts write it ("Bằng chữ"): 5.000.000 → "Năm triệu đồng chẵn",
 * 1.250.500 → "Một triệu hai trăm năm mươi nghìn năm trăm đồng". Whole đồng, 0 to 999 triệu tỷ.
 */
export function vndInWords(amount: number): string {
  const value = Math.trunc(Math.abs(amount));
  if (value === 0) return 'Không đồng';
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i] === 0) continue;
    words.push(readGroup(groups[i], i < groups.length - 1));
    if (scales[i]) words.push(scales[i]);
  }
  const text = `${words.join(' ')} đồng${groups[0] === 0 ? ' chẵn' : ''}`;
  return (amount < 0 ? 'Âm ' : '') + text.charAt(0).toUpperCase() + text.slice(1);
}
